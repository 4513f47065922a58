package io.clearsky.core.index;

import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorState;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ScamType;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import java.time.LocalDate;
import java.util.Set;

/** Builds the benchmarks' phone indexes, ours and the fastutil peer, from the same keys and states. */
public final class PhoneIndexes {

    // A real registry holds few distinct states (status, scam type, agency, expiry), so the
    // benchmarks spread 256 of them over the keys; the value does not change the cost of a lookup.
    private static final long[] STATES = states(256);

    private PhoneIndexes() {}

    /** The packed state the benchmarks list a key with, never 0. */
    public static long stateOf(long key) {
        return STATES[(int) (key ^ (key >>> 17)) & (STATES.length - 1)];
    }

    /** Our index holding every key with its {@link #stateOf(long) state}. */
    public static IndicatorIndex ours(long[] keys) {
        IndicatorIndex index = new IndicatorIndex(keys.length);
        for (long key : keys) {
            index.putPhone(key, stateOf(key));
        }
        return index;
    }

    /** The peer: a fastutil map at its default load factor holding every key with its state, 0 when absent. */
    public static Long2LongOpenHashMap fastutil(long[] keys) {
        Long2LongOpenHashMap map = new Long2LongOpenHashMap(keys.length);
        for (long key : keys) {
            map.put(key, stateOf(key));
        }
        return map;
    }

    private static long[] states(int count) {
        IndicatorStatus[] statuses = {IndicatorStatus.SUSPECTED, IndicatorStatus.VERIFIED, IndicatorStatus.REPORTED};
        ScamType[] scamTypes = ScamType.values();
        long[] states = new long[count];
        for (int i = 0; i < count; i++) {
            states[i] = new IndicatorState(
                            statuses[i % statuses.length],
                            scamTypes[i % scamTypes.length],
                            50 + i % 51,
                            1 + i,
                            LocalDate.of(2026, 1, 1).plusDays(i),
                            i % 2 == 0 ? Set.of(IndicatorSource.POLICE_LIST) : Set.of(IndicatorSource.CITIZEN_REPORT),
                            i % 7)
                    .pack();
        }
        return states;
    }
}

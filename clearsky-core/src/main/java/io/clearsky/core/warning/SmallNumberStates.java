package io.clearsky.core.warning;

import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectIterator;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The number states of callers that placed only a few calls, kept in primitive columns instead of as objects. Most
 * subscribers call once or twice an hour, and each such caller's {@link NumberState} would live for the window of rule
 * 4 and then die: millions of objects a minute passing through the old generation of the heap, each insert a
 * reference the garbage collector must scan for at its next pause. Held here, a state is a few longs in arrays that
 * hold no references, so a young collection has nothing of them to copy or scan.
 *
 * <p>{@link #fits} says which states this holds: at most {@value #CALLS} calls, no callbacks, no event ids, never
 * flagged. {@link #get} gives back a new {@link NumberState} equal to the one {@link #put} stored, so the rules see no
 * difference. Not safe for concurrent use: {@link RiskEngine} keeps one per stripe, under the stripe's lock.
 */
final class SmallNumberStates {

    /** The most calls a state held here has. */
    static final int CALLS = 5;

    private static final int NONE = -1;

    private final Long2IntOpenHashMap slots = new Long2IntOpenHashMap();
    private long[] lastSeen = new long[0];
    private byte[] calls = new byte[0];
    private long[] at = new long[0];
    private long[] callee = new long[0];
    private int[] duration = new int[0];
    private int[] free = new int[0];
    private int freeCount;
    private int used;

    SmallNumberStates() {
        slots.defaultReturnValue(NONE);
    }

    /** Whether {@link #put} can hold this state exactly. */
    static boolean fits(NumberState state) {
        if (state.calls > CALLS || state.callbacks > 0 || state.quietUntil != 0) {
            return false;
        }
        for (int i = 0; i < state.eventId.length; i++) {
            if (state.eventId[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** A new state equal to the one held for {@code key}, or null when none is. */
    @Nullable
    NumberState get(long key) {
        int slot = slots.get(key);
        if (slot == NONE) {
            return null;
        }
        NumberState state = new NumberState();
        state.lastSeen = lastSeen[slot];
        int n = calls[slot];
        // room for the call the rules are about to add
        state.at = Arrays.copyOfRange(at, slot * CALLS, slot * CALLS + n + 1);
        state.callee = Arrays.copyOfRange(callee, slot * CALLS, slot * CALLS + n + 1);
        state.duration = Arrays.copyOfRange(duration, slot * CALLS, slot * CALLS + n + 1);
        state.calls = n;
        return state;
    }

    /** Holds {@code state} for {@code key}, replacing what was held; the state must {@link #fits fit}. */
    void put(long key, NumberState state) {
        if (!fits(state)) {
            throw new IllegalArgumentException("the state does not fit: " + state.calls + " calls");
        }
        int slot = slots.get(key);
        if (slot == NONE) {
            slot = freeCount > 0 ? free[--freeCount] : grow();
            slots.put(key, slot);
        }
        lastSeen[slot] = state.lastSeen;
        calls[slot] = (byte) state.calls;
        System.arraycopy(state.at, 0, at, slot * CALLS, state.calls);
        System.arraycopy(state.callee, 0, callee, slot * CALLS, state.calls);
        System.arraycopy(state.duration, 0, duration, slot * CALLS, state.calls);
    }

    /** Forgets what is held for {@code key}, if anything. */
    void remove(long key) {
        int slot = slots.remove(key);
        if (slot != NONE) {
            release(slot);
        }
    }

    /** How many states are held. */
    int size() {
        return slots.size();
    }

    /** Forgets the states whose {@link NumberState#retainUntil} has passed at {@code eventTimeMillis}; how many. */
    int expire(long eventTimeMillis, RuleSet rules) {
        int dropped = 0;
        ObjectIterator<Long2IntMap.Entry> entries = slots.long2IntEntrySet().fastIterator();
        while (entries.hasNext()) {
            int slot = entries.next().getIntValue();
            if (NumberState.retainUntil(lastSeen[slot], 0, rules) < eventTimeMillis) {
                entries.remove();
                release(slot);
                dropped++;
            }
        }
        return dropped;
    }

    private void release(int slot) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, Math.max(16, free.length * 2));
        }
        free[freeCount++] = slot;
    }

    private int grow() {
        if (used == lastSeen.length) {
            int size = Math.max(16, lastSeen.length * 2);
            lastSeen = Arrays.copyOf(lastSeen, size);
            calls = Arrays.copyOf(calls, size);
            at = Arrays.copyOf(at, size * CALLS);
            callee = Arrays.copyOf(callee, size * CALLS);
            duration = Arrays.copyOf(duration, size * CALLS);
        }
        return used++;
    }
}

package io.clearsky.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmallNumberStatesTests {

    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long T0 = 1_800_000_000_000L;

    private final SmallNumberStates table = new SmallNumberStates();

    @Test
    void aStateComesBackAsTheSameBytes() {
        NumberState state = calls(3, T0);

        table.put(42, state);
        NumberState back = table.get(42);

        assertThat(back).isNotNull().isNotSameAs(state);
        assertThat(back.toBytes()).isEqualTo(state.toBytes());
        assertThat(table.get(43)).isNull();
    }

    @Test
    void aStateCanTakeItsNextCallWithoutLosingOne() {
        table.put(1, calls(2, T0));
        NumberState back = table.get(1);

        back.addCall(T0 + 10, 777, 5, "next", 64, 10);

        assertThat(back.calls).isEqualTo(3);
        assertThat(back.callee).startsWith(100, 101, 777);
        table.put(1, back);
        assertThat(table.get(1).toBytes()).isEqualTo(back.toBytes());
    }

    @Test
    void holdsOnlyStatesItCanGiveBackExactly() {
        assertThat(SmallNumberStates.fits(calls(SmallNumberStates.CALLS, T0))).isTrue();
        assertThat(SmallNumberStates.fits(calls(SmallNumberStates.CALLS + 1, T0)))
                .isFalse();

        NumberState calledBack = calls(1, T0);
        calledBack.addCallback(100, T0 + 1);
        assertThat(SmallNumberStates.fits(calledBack)).isFalse();

        NumberState flagged = calls(1, T0);
        flagged.quietUntil = T0 + HOUR;
        assertThat(SmallNumberStates.fits(flagged)).isFalse();

        NumberState withIds = new NumberState();
        withIds.addCall(T0, 100, 5, "evidence", 64, 1);
        assertThat(SmallNumberStates.fits(withIds)).isFalse();
        assertThatThrownBy(() -> table.put(7, withIds)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replacingRemovingAndReusingSlotsKeepsEveryOtherStateIntact() {
        for (int key = 0; key < 1_000; key++) {
            table.put(key, calls(1 + key % SmallNumberStates.CALLS, T0 + key));
        }
        for (int key = 0; key < 1_000; key += 2) {
            table.remove(key);
        }
        for (int key = 1_000; key < 1_500; key++) {
            table.put(key, calls(1 + key % SmallNumberStates.CALLS, T0 + key));
        }
        table.put(1, calls(3, T0 + 5));

        assertThat(table.size()).isEqualTo(1_000);
        assertThat(table.get(0)).isNull();
        assertThat(table.get(1).toBytes()).isEqualTo(calls(3, T0 + 5).toBytes());
        for (int key = 3; key < 1_500; key += 2) {
            assertThat(table.get(key).toBytes())
                    .isEqualTo(
                            calls(1 + key % SmallNumberStates.CALLS, T0 + key).toBytes());
        }
        for (int key = 1_000; key < 1_500; key++) {
            assertThat(table.get(key)).isNotNull();
        }
    }

    @Test
    void expiresStatesWhoseWindowHasRunOut() {
        table.put(1, calls(1, T0));
        table.put(2, calls(1, T0 + HOUR));

        assertThat(table.expire(T0 + HOUR, RuleSet.defaults())).isZero();
        assertThat(table.expire(T0 + HOUR + 1, RuleSet.defaults())).isEqualTo(1);

        assertThat(table.get(1)).isNull();
        assertThat(table.get(2)).isNotNull();
        assertThat(table.size()).isEqualTo(1);
    }

    /** A number that placed {@code n} calls to callees 100, 101, ..., the last at {@code last}. */
    private static NumberState calls(int n, long last) {
        NumberState state = new NumberState();
        for (int i = 0; i < n; i++) {
            state.addCall(last - (n - 1 - i) * 1_000L, 100 + i, 10 + i, "c" + i, 64, 10);
        }
        state.lastSeen = last;
        return state;
    }
}

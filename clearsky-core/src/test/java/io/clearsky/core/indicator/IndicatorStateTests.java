package io.clearsky.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorStateTests {

    @Test
    void packsAndUnpacksEveryField() {
        IndicatorState state = new IndicatorState(
                IndicatorStatus.VERIFIED,
                ScamType.FAKE_INVESTMENT,
                95,
                IndicatorState.MAX_AGENCY_REF,
                LocalDate.of(2027, 5, 1),
                EnumSet.of(IndicatorSource.POLICE_LIST, IndicatorSource.CITIZEN_REPORT),
                17);
        long packed = state.pack();
        assertThat(packed).isPositive();
        assertThat(IndicatorState.unpack(packed)).isEqualTo(state);
    }

    @Test
    void packsEveryStatusAndScamTypeDistinctly() {
        for (IndicatorStatus status : IndicatorStatus.values()) {
            for (ScamType type : ScamType.values()) {
                IndicatorState state = new IndicatorState(status, type, 0, 0, null, Set.of(), 0);
                assertThat(IndicatorState.unpack(state.pack())).isEqualTo(state);
            }
        }
        IndicatorState untyped = new IndicatorState(IndicatorStatus.REPORTED, null, 15, 1, null, Set.of(), 1);
        assertThat(IndicatorState.unpack(untyped.pack()).scamType()).isNull();
    }

    @Test
    void reportCountSaturatesAt255() {
        IndicatorState state = new IndicatorState(IndicatorStatus.SUSPECTED, null, 80, 0, null, Set.of(), 10_000);
        assertThat(IndicatorState.unpack(state.pack()).reportCount()).isEqualTo(255);
    }

    @Test
    void refusesValuesTheLayoutCannotHold() {
        assertThatThrownBy(() -> new IndicatorState(IndicatorStatus.VERIFIED, null, 101, 0, null, Set.of(), 0))
                .hasMessageContaining("confidence");
        assertThatThrownBy(() -> new IndicatorState(
                        IndicatorStatus.VERIFIED, null, 90, IndicatorState.MAX_AGENCY_REF + 1, null, Set.of(), 0))
                .hasMessageContaining("agencyRef");
        assertThatThrownBy(() -> new IndicatorState(
                        IndicatorStatus.VERIFIED, null, 90, 1, LocalDate.of(2400, 1, 1), Set.of(), 0))
                .hasMessageContaining("expiresOn");
    }
}

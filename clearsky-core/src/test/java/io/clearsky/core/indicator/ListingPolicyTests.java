package io.clearsky.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListingPolicyTests {

    private final ListingPolicy policy = ListingPolicy.DEFAULT;

    @Test
    void enoughIndependentReportsMakeANumberSuspected() {
        assertThat(policy.statusFromReports(1)).isEqualTo(IndicatorStatus.REPORTED);
        assertThat(policy.statusFromReports(2)).isEqualTo(IndicatorStatus.REPORTED);
        assertThat(policy.statusFromReports(3)).isEqualTo(IndicatorStatus.SUSPECTED);
    }

    @Test
    void moreReportsRaiseConfidenceUpToACap() {
        Set<IndicatorSource> citizens = Set.of(IndicatorSource.CITIZEN_REPORT);
        assertThat(policy.confidence(IndicatorStatus.REPORTED, citizens, 1))
                .isLessThan(policy.confidence(IndicatorStatus.REPORTED, citizens, 2));
        assertThat(policy.confidence(IndicatorStatus.SUSPECTED, citizens, 100)).isEqualTo(85);
        assertThat(policy.confidence(IndicatorStatus.VERIFIED, Set.of(IndicatorSource.POLICE_LIST), 0))
                .isEqualTo(95);
    }

    @Test
    void onlyPhoneNumbersDecay() {
        LocalDate seen = LocalDate.of(2026, 1, 1);
        assertThat(policy.expiry(true, IndicatorStatus.VERIFIED, seen)).isEqualTo(seen.plusDays(180));
        assertThat(policy.expiry(false, IndicatorStatus.VERIFIED, seen)).isNull();
        assertThat(policy.expiry(true, IndicatorStatus.ALLOWLISTED, seen)).isNull();
    }
}

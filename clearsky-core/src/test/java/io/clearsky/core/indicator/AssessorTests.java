package io.clearsky.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static long state(IndicatorStatus status, LocalDate expires, Set<IndicatorSource> sources, int reports) {
        return new IndicatorState(status, ScamType.FAKE_CUSTOMER_SERVICE, 90, 5, expires, sources, reports).pack();
    }

    @Test
    void anUnknownIdentifierIsUnknown() {
        assertThat(Assessor.assess(0, Route.DOMESTIC, TODAY.toEpochDay())).isSameAs(Assessment.NOT_LISTED);
    }

    @Test
    void aVerifiedNumberIsFraudWithItsAgencyAndScamType() {
        Assessment a = Assessor.assess(
                state(IndicatorStatus.VERIFIED, TODAY.plusDays(10), Set.of(IndicatorSource.POLICE_LIST), 2),
                Route.DOMESTIC,
                TODAY.toEpochDay());
        assertThat(a.verdict()).isEqualTo(Verdict.FRAUD);
        assertThat(a.agencyRef()).isEqualTo(5);
        assertThat(a.scamType()).isEqualTo(ScamType.FAKE_CUSTOMER_SERVICE);
        assertThat(a.reasons())
                .extracting(Reason::code)
                .containsExactly(ReasonCode.VERIFIED_BY_AGENCY, ReasonCode.CITIZEN_REPORTS);
        assertThat(a.reasons().get(1).reports()).isEqualTo(2);
    }

    @Test
    void aSuspectedNumberIsSuspiciousAndAReportedOneNotYet() {
        long suspected = state(IndicatorStatus.SUSPECTED, TODAY, Set.of(IndicatorSource.CITIZEN_REPORT), 3);
        long reported = state(IndicatorStatus.REPORTED, TODAY, Set.of(IndicatorSource.CITIZEN_REPORT), 1);
        assertThat(Assessor.assess(suspected, Route.UNKNOWN, TODAY.toEpochDay()).verdict())
                .isEqualTo(Verdict.SUSPICIOUS);
        assertThat(Assessor.assess(reported, Route.UNKNOWN, TODAY.toEpochDay()).verdict())
                .isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void aListingPastItsExpiryDayHasLapsed() {
        long lapsed = state(IndicatorStatus.VERIFIED, TODAY.minusDays(1), Set.of(IndicatorSource.POLICE_LIST), 0);
        Assessment a = Assessor.assess(lapsed, Route.DOMESTIC, TODAY.toEpochDay());
        assertThat(a.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(a.reasons()).extracting(Reason::code).containsExactly(ReasonCode.LISTING_EXPIRED);
        assertThat(a.reasons().get(0).date()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void anOfficialNumberFromAnInternationalRouteIsALikelySpoof() {
        long official = new IndicatorState(IndicatorStatus.ALLOWLISTED, null, 100, 0, null, Set.of(), 0).pack();
        assertThat(Assessor.assess(official, Route.DOMESTIC, TODAY.toEpochDay()).verdict())
                .isEqualTo(Verdict.ALLOWLISTED);
        assertThat(Assessor.assess(official, Route.INTERNATIONAL, TODAY.toEpochDay())
                        .verdict())
                .isEqualTo(Verdict.SPOOF_LIKELY);
    }

    @Test
    void theMoreSevereAssessmentWins() {
        Assessment fraud = new Assessment(Verdict.FRAUD, null, 90, 1, java.util.List.of());
        Assessment suspicious = new Assessment(Verdict.SUSPICIOUS, null, 99, 1, java.util.List.of());
        assertThat(suspicious.moreSevere(fraud)).isSameAs(fraud);
        assertThat(Assessment.NOT_LISTED.moreSevere(suspicious)).isSameAs(suspicious);
    }
}

package io.clearsky.server.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ListingPolicy;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class IndicatorTests {

    private static final ListingPolicy POLICY = ListingPolicy.DEFAULT;
    private static final Instant NOW = Instant.parse("2026-11-24T04:00:00Z");
    private static final Identifier NUMBER = new Identifier(IndicatorKind.PHONE_NUMBER, "+8613800138000");

    @Test
    void aCentreListingMakesItVerifiedWithAnExpiryFromLastSeen() {
        Indicator indicator = Indicator.fresh(NUMBER, NOW);
        indicator.verify(7, ScamType.FAKE_LOAN, "from a victim's phone", IndicatorSource.POLICE_LIST, NOW, POLICY);
        assertThat(indicator.status()).isEqualTo(IndicatorStatus.VERIFIED);
        assertThat(indicator.state().agencyRef()).isEqualTo(7);
        assertThat(indicator.state().confidence()).isEqualTo(95);
        assertThat(indicator.state().expiresOn())
                .isEqualTo(LocalDate.of(2026, 11, 24).plusDays(180));
    }

    @Test
    void citizenReportsNeverDowngradeWhatACentreVerified() {
        Indicator indicator = Indicator.fresh(NUMBER, NOW);
        indicator.verify(7, null, null, IndicatorSource.POLICE_LIST, NOW, POLICY);
        indicator.report(IndicatorSource.CITIZEN_REPORT, 1, ScamType.ROMANCE, NOW, POLICY);
        assertThat(indicator.status()).isEqualTo(IndicatorStatus.VERIFIED);
        assertThat(indicator.state().scamType()).isEqualTo(ScamType.ROMANCE);
        assertThat(indicator.state().reportCount()).isEqualTo(1);
    }

    @Test
    void aSecondCentreConfirmingKeepsTheFirstAsIssuer() {
        Indicator indicator = Indicator.fresh(NUMBER, NOW);
        indicator.verify(7, null, null, IndicatorSource.POLICE_LIST, NOW, POLICY);
        indicator.verify(9, null, null, IndicatorSource.POLICE_LIST, NOW, POLICY);
        assertThat(indicator.state().agencyRef()).isEqualTo(7);
    }

    @Test
    void aRejectedSuspicionWarnsNoMoreUntilANewReporterRaisesItAgain() {
        Indicator indicator = Indicator.fresh(NUMBER, NOW);
        indicator.report(IndicatorSource.CITIZEN_REPORT, 3, ScamType.FAKE_LOAN, NOW, POLICY);
        assertThat(indicator.status()).isEqualTo(IndicatorStatus.SUSPECTED);
        indicator.reject(NOW.plus(1, ChronoUnit.HOURS), POLICY);
        assertThat(indicator.status()).isEqualTo(IndicatorStatus.REPORTED);
        assertThat(indicator.state().reportCount())
                .as("the reports stay counted")
                .isEqualTo(3);
        indicator.reportedBy(IndicatorSource.CITIZEN_REPORT, 1, null, NOW.plus(2, ChronoUnit.HOURS), POLICY);
        assertThat(indicator.status()).isEqualTo(IndicatorStatus.SUSPECTED);
    }

    @Test
    void onlyAReportedOrSuspectedIndicatorIsRejected() {
        Indicator verified = Indicator.fresh(NUMBER, NOW);
        verified.verify(7, null, null, IndicatorSource.POLICE_LIST, NOW, POLICY);
        assertThatThrownBy(() -> verified.reject(NOW, POLICY)).isInstanceOf(ConflictException.class);
        assertThat(verified.status()).isEqualTo(IndicatorStatus.VERIFIED);
    }

    @Test
    void aPartnerDetectionMakesItSuspectedAtOnce() {
        Indicator indicator = Indicator.fresh(NUMBER, NOW);
        indicator.report(IndicatorSource.PARTNER_DETECTION, 1, null, NOW, POLICY);
        assertThat(indicator.status()).isEqualTo(IndicatorStatus.SUSPECTED);
    }

    @Test
    void anOfficialNumberRefusesEveryListing() {
        Indicator indicator = Indicator.fresh(new Identifier(IndicatorKind.PHONE_NUMBER, "+8695588"), NOW);
        indicator.allowlist("ICBC", NOW);
        assertThatThrownBy(() -> indicator.verify(7, null, null, IndicatorSource.POLICE_LIST, NOW, POLICY))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> indicator.report(IndicatorSource.CITIZEN_REPORT, 1, null, NOW, POLICY))
                .isInstanceOf(ConflictException.class);
        assertThat(indicator.sighted(NOW.plusSeconds(60), POLICY)).isFalse();
    }

    @Test
    void aListingLapsesAfterItsExpiryAndASightingBringsItBackAsSuspected() {
        Indicator indicator = Indicator.fresh(NUMBER, NOW);
        indicator.verify(7, null, null, IndicatorSource.POLICE_LIST, NOW, POLICY);
        LocalDate expiry = indicator.state().expiresOn();
        assertThat(indicator.expireIfDue(expiry, NOW)).isFalse();
        assertThat(indicator.expireIfDue(expiry.plusDays(1), NOW)).isTrue();
        assertThat(indicator.status()).isEqualTo(IndicatorStatus.EXPIRED);

        Instant later = NOW.plus(200, ChronoUnit.DAYS);
        assertThat(indicator.sighted(later, POLICY)).isTrue();
        assertThat(indicator.status()).isEqualTo(IndicatorStatus.SUSPECTED);
    }

    @Test
    void aSightingOfALapsedButNotYetExpiredListingAlsoNeedsReVerification() {
        Indicator indicator = Indicator.fresh(NUMBER, NOW);
        indicator.verify(7, null, null, IndicatorSource.POLICE_LIST, NOW, POLICY);
        indicator.sighted(NOW.plus(181, ChronoUnit.DAYS), POLICY);
        assertThat(indicator.status()).isEqualTo(IndicatorStatus.SUSPECTED);
    }

    @Test
    void aSightingWithinTheListingExtendsIt() {
        Indicator indicator = Indicator.fresh(NUMBER, NOW);
        indicator.verify(7, null, null, IndicatorSource.POLICE_LIST, NOW, POLICY);
        Instant later = NOW.plus(100, ChronoUnit.DAYS);
        assertThat(indicator.sighted(later, POLICY)).isTrue();
        assertThat(indicator.status()).isEqualTo(IndicatorStatus.VERIFIED);
        assertThat(indicator.state().expiresOn())
                .isEqualTo(LocalDate.of(2026, 11, 24).plusDays(280));
        assertThat(indicator.sighted(NOW, POLICY))
                .as("an older sighting changes nothing")
                .isFalse();
    }
}

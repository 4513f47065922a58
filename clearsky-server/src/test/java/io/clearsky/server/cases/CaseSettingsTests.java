package io.clearsky.server.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.region.RegionCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseSettingsTests {

    static CaseSettings settings(FilingThreshold... thresholds) {
        return new CaseSettings(Set.of(IndicatorKind.values()), true, 50, 2, List.of(thresholds));
    }

    @Test
    void withoutConfigurationEveryClusterFilesAtThreeThousandYuan() {
        assertThat(settings().threshold(RegionCode.parse("350206"), ScamType.FAKE_LOAN))
                .isEqualByComparingTo("3000");
    }

    @Test
    void theMostSpecificThresholdApplies() {
        CaseSettings settings = settings(
                new FilingThreshold(null, null, new BigDecimal("3000")),
                new FilingThreshold("350000", null, new BigDecimal("5000")),
                new FilingThreshold("350200", null, new BigDecimal("6000")),
                new FilingThreshold("350000", ScamType.FAKE_INVESTMENT, new BigDecimal("10000")));
        assertThat(settings.threshold(RegionCode.parse("350206"), ScamType.FAKE_LOAN))
                .isEqualByComparingTo("6000");
        assertThat(settings.threshold(RegionCode.parse("350102"), ScamType.FAKE_LOAN))
                .isEqualByComparingTo("5000");
        // a city's own threshold is more specific than the province's for one scam type
        assertThat(settings.threshold(RegionCode.parse("350206"), ScamType.FAKE_INVESTMENT))
                .isEqualByComparingTo("6000");
        assertThat(settings.threshold(RegionCode.parse("350102"), ScamType.FAKE_INVESTMENT))
                .isEqualByComparingTo("10000");
        assertThat(settings.threshold(RegionCode.parse("110105"), ScamType.FAKE_INVESTMENT))
                .isEqualByComparingTo("3000");
    }

    @Test
    void thresholdsBindFromConfiguration() {
        java.util.Map<String, String> properties = java.util.Map.of(
                "clearsky.cases.filing-thresholds[0].amount", "3000",
                "clearsky.cases.filing-thresholds[1].region", "350000",
                "clearsky.cases.filing-thresholds[1].scam-type", "FAKE_INVESTMENT",
                "clearsky.cases.filing-thresholds[1].amount", "5000",
                "clearsky.cases.linking-kinds", "PHONE_NUMBER,BANK_CARD");
        CaseSettings bound = new org.springframework.boot.context.properties.bind.Binder(
                        new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
                                properties))
                .bindOrCreate("clearsky.cases", CaseSettings.class);
        assertThat(bound.threshold(RegionCode.parse("350206"), ScamType.FAKE_INVESTMENT))
                .isEqualByComparingTo("5000");
        assertThat(bound.linkingKinds()).containsExactlyInAnyOrder(IndicatorKind.PHONE_NUMBER, IndicatorKind.BANK_CARD);
        assertThat(bound.maxDegree()).isEqualTo(50);
    }

    @Test
    void aBadThresholdIsRefusedAtStart() {
        assertThatThrownBy(() -> new FilingThreshold("3502", null, BigDecimal.TEN))
                .hasMessageContaining("six digits");
        assertThatThrownBy(() -> new FilingThreshold(null, null, new BigDecimal("-1")))
                .hasMessageContaining("0 or more");
    }

    @Test
    void casesMoveOnlyForward() {
        assertThat(CaseStatus.OPEN.next()).containsExactlyInAnyOrder(CaseStatus.INVESTIGATING, CaseStatus.CLOSED);
        assertThat(CaseStatus.INVESTIGATING.next()).containsExactlyInAnyOrder(CaseStatus.SOLVED, CaseStatus.CLOSED);
        assertThat(CaseStatus.SOLVED.next()).containsExactly(CaseStatus.CLOSED);
        assertThat(CaseStatus.CLOSED.next()).isEmpty();
    }
}

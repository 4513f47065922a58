package io.clearsky.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.identifier.Identifiers;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.identifier.InvalidIdentifierException;
import io.clearsky.core.identifier.PhoneNumberCategory;
import io.clearsky.core.identifier.PhoneNumbers;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.region.RegionCode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticReportFormsTests {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final SyntheticReportForms FORMS = new SyntheticReportForms(20261124L, "test");

    @Test
    void theSameSeedAndIndexGiveTheSameReport() {
        SyntheticReportForms again = new SyntheticReportForms(20261124L, "test");

        assertThat(again.form(4_242, NOW)).isEqualTo(FORMS.form(4_242, NOW));
        assertThat(FORMS.form(4_243, NOW)).isNotEqualTo(FORMS.form(4_242, NOW));
    }

    @Test
    void everyReportHasItsOwnKeyAndItsOwnReporterWithAValidMobileNumber() {
        Set<Object> keys = new HashSet<>();
        Set<String> reporters = new HashSet<>();
        for (long n = 0; n < 20_000; n++) {
            Map<String, Object> form = FORMS.form(n, NOW);
            keys.add(form.get("idempotencyKey"));
            reporters.add(reporter(form).get("phone"));
        }

        assertThat(keys).hasSize(20_000);
        assertThat(reporters).hasSize(20_000);
        assertThat(reporters)
                .allSatisfy(phone ->
                        assertThat(PhoneNumbers.parse("+86" + phone).category()).isEqualTo(PhoneNumberCategory.MOBILE));
    }

    @Test
    void reportersStayDistinctFarIntoALongRun() {
        Set<String> reporters = new HashSet<>();
        for (long n = 50_000_000; n < 50_010_000; n++) {
            reporters.add(SyntheticReportForms.reporterPhone(n));
        }
        reporters.add(SyntheticReportForms.reporterPhone(0));

        assertThat(reporters).hasSize(10_001);
    }

    @Test
    void reportsHaveTheIntakeFormsFieldsWithValuesTheServerAccepts() {
        for (long n = 0; n < 2_000; n++) {
            Map<String, Object> form = FORMS.form(n, NOW);

            assertThat(form)
                    .containsKeys(
                            "idempotencyKey",
                            "occurredAt",
                            "scamType",
                            "paymentMethod",
                            "identifiers",
                            "region",
                            "narrative",
                            "reporter");
            Instant occurred =
                    OffsetDateTime.parse((String) form.get("occurredAt")).toInstant();
            assertThat(occurred).isBefore(NOW).isAfter(NOW.minus(31, ChronoUnit.DAYS));
            assertThat((String) form.get("occurredAt")).endsWith("+08:00");
            ScamType.parse((String) form.get("scamType"));
            RegionCode.parse((String) form.get("region"));
            if (form.containsKey("loss")) {
                @SuppressWarnings("unchecked")
                Map<String, String> loss = (Map<String, String>) form.get("loss");
                assertThat(loss.get("amount")).matches("[1-9]\\d*\\.\\d\\d");
                assertThat(loss.get("currency")).isEqualTo("CNY");
            } else {
                assertThat(form.get("paymentMethod")).isEqualTo("NONE");
            }
        }
    }

    @Test
    void reportsCarryTwoToFourIdentifiersAndFewUnreadableOnes() {
        int identifiers = 0;
        int unreadable = 0;
        Set<String> kinds = new HashSet<>();
        for (long n = 0; n < 5_000; n++) {
            List<Map<String, String>> reported = identifiers(FORMS.form(n, NOW));
            assertThat(reported).hasSizeBetween(2, 4);
            assertThat(reported.get(0).get("kind")).isEqualTo("PHONE_NUMBER");
            for (Map<String, String> identifier : reported) {
                identifiers++;
                kinds.add(identifier.get("kind"));
                if (!identifier.get("kind").equals("APP") && !readable(identifier)) {
                    unreadable++;
                }
            }
        }

        assertThat(kinds).containsExactlyInAnyOrder("PHONE_NUMBER", "BANK_CARD", "CHAT_ACCOUNT", "URL", "APP");
        // a digit noted down wrong: some of those are still valid numbers, the rest are kept as unreadable
        assertThat(unreadable).isPositive().isLessThan(identifiers / 20);
    }

    @Test
    void aGangsIdentifiersRecurAcrossReports() {
        Set<String> phones = new HashSet<>();
        int reported = 0;
        for (long n = 0; n < 20_000; n++) {
            String raw = identifiers(FORMS.form(n, NOW)).get(0).get("value");
            if (readable(Map.of("kind", "PHONE_NUMBER", "value", raw))) {
                phones.add(PhoneNumbers.parse(raw).e164());
                reported++;
            }
        }

        assertThat(phones.size()).isLessThan(reported / 2);
    }

    @Test
    void generatedNumbersAndCardsAreValid() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 1_000; i++) {
            assertThat(PhoneNumbers.parse("+86" + SyntheticReportForms.fraudMobile(random))
                            .category())
                    .isEqualTo(PhoneNumberCategory.MOBILE);
            String card = SyntheticReportForms.card(random);
            assertThat(card).hasSize(19);
            assertThat(Identifiers.parse(IndicatorKind.BANK_CARD, SyntheticReportForms.rawCard(card, random))
                            .value())
                    .isEqualTo(card);
        }
    }

    @Test
    void keysOfTwoRunsDiffer() {
        assertThat(new SyntheticReportForms(1, "a").idempotencyKey(5))
                .isNotEqualTo(new SyntheticReportForms(1, "b").idempotencyKey(5));
    }

    @Test
    void theFormsBecomeTheBatchJson() {
        String json = ClearSkyClient.JSON.writeValueAsString(Map.of("reports", List.of(FORMS.form(1, NOW))));

        assertThat(json).startsWith("{\"reports\":[{\"idempotencyKey\":\"bench-test-1\",\"occurredAt\":");
    }

    private static boolean readable(Map<String, String> identifier) {
        try {
            Identifiers.parse(IndicatorKind.valueOf(identifier.get("kind")), identifier.get("value"));
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> identifiers(Map<String, Object> form) {
        return (List<Map<String, String>>) form.get("identifiers");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> reporter(Map<String, Object> form) {
        return (Map<String, String>) form.get("reporter");
    }
}

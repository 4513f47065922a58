package io.clearsky.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RuleSetTests {

    @Test
    void theShippedFileReadsAsDocumented() {
        RuleSet rules = RuleSet.defaults();

        assertThat(rules.version()).isEqualTo(2);
        assertThat(rules.payeeListed().verified()).isEqualTo(Outcome.BLOCK);
        assertThat(rules.contactThenNewPayee().window()).isEqualTo(Duration.ofMinutes(30));
        assertThat(rules.contactThenNewPayee().holdAmountFen()).isEqualTo(200_000);
        assertThat(rules.contactThenNewPayee().riskyApps()).contains("com.tencent.wemeet");
        assertThat(rules.callingBurst().window()).isEqualTo(Duration.ofHours(1));
        assertThat(rules.longestWindow()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aFileSetsOnlyWhatChangesAndTheRestKeepsItsDefault() {
        RuleSet rules = RuleSet.parse("""
                version: 7
                name: 厦门市反诈中心 2026-12
                rules:
                  contact-then-new-payee:
                    window: PT45M
                  calling-burst:
                    enabled: false
                """);

        assertThat(rules.version()).isEqualTo(7);
        assertThat(rules.name()).isEqualTo("厦门市反诈中心 2026-12");
        assertThat(rules.contactThenNewPayee().window()).isEqualTo(Duration.ofMinutes(45));
        assertThat(rules.callingBurst().enabled()).isFalse();
        assertThat(rules.fastForward()).isEqualTo(RuleSet.defaults().fastForward());
    }

    @Test
    void refusesWhatCannotRunNamingTheField() {
        assertField("rules:\n  calling-burst:\n    windw: 1h\n", "rules.calling-burst.windw");
        assertField("rules:\n  calling-burst:\n    window: forever\n", "rules.calling-burst.window");
        assertField("rules:\n  calling-burst:\n    window: 3d\n", "rules.calling-burst.window");
        assertField("rules:\n  calling-burst:\n    min-short-share: 1.5\n", "rules.calling-burst.min-short-share");
        assertField("rules:\n  payee-listed:\n    verified: ALLOW\n", "rules.payee-listed.verified");
        assertField(
                "rules:\n  contact-then-new-payee:\n    hold-amount-yuan: 100\n",
                "rules.contact-then-new-payee.hold-amount-yuan");
        assertField("rules:\n  fast-forward:\n    max-new-payers: 2\n", "rules.fast-forward.max-new-payers");
        assertField("version: 0\n", "version");
        assertField("name: " + "x".repeat(201) + "\n", "name");
        assertField("- a\n- b\n", "file");
        assertField("version: [\n", "file");
    }

    private static void assertField(String yaml, String field) {
        assertThatThrownBy(() -> RuleSet.parse(yaml))
                .isInstanceOfSatisfying(
                        InvalidRulesException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}

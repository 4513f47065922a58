package io.clearsky.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.junit.jupiter.api.Test;

class RiskJobSettingsTests {

    @Test
    void needsOnlyTheBrokersAndTheWatchlist() {
        RiskJobSettings settings = RiskJobSettings.parse("--bootstrap-servers", "kafka:9092", "--watchlist", "w.tsv");

        assertThat(settings.eventsTopic()).isEqualTo("clearsky.risk-events");
        assertThat(settings.decisionsTopic()).isEqualTo("clearsky.risk-decisions");
        assertThat(settings.deadLettersTopic()).isEqualTo("clearsky.risk-events.dead-letters");
        assertThat(settings.rulesFile()).isNull();
        assertThat(settings.parallelism()).isNull();
        assertThat(settings.delivery()).isEqualTo(DeliveryGuarantee.EXACTLY_ONCE);
        assertThat(settings.outOfOrderness()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.futureTolerance()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.bounded()).isFalse();
        assertThat(settings.fromEarliest()).isTrue();
    }

    @Test
    void readsEveryArgument() {
        RiskJobSettings settings = RiskJobSettings.parse(
                "--bootstrap-servers",
                "a:1,b:2",
                "--watchlist",
                "w.tsv",
                "--rules",
                "r.yaml",
                "--events",
                "ev",
                "--decisions",
                "de",
                "--dead-letters",
                "dl",
                "--group-id",
                "g",
                "--parallelism",
                "4",
                "--out-of-orderness",
                "PT2M",
                "--future-tolerance",
                "3d",
                "--checkpoint-interval",
                "5s",
                "--delivery",
                "at-least-once",
                "--transaction-timeout",
                "1h",
                "--starting-offsets",
                "latest",
                "--bounded");

        assertThat(settings)
                .isEqualTo(new RiskJobSettings(
                        "a:1,b:2",
                        "ev",
                        "de",
                        "dl",
                        "g",
                        "r.yaml",
                        "w.tsv",
                        4,
                        Duration.ofMinutes(2),
                        Duration.ofDays(3),
                        Duration.ofSeconds(5),
                        DeliveryGuarantee.AT_LEAST_ONCE,
                        Duration.ofHours(1),
                        true,
                        false));
    }

    @Test
    void namesTheArgumentAtFault() {
        assertThatThrownBy(() -> RiskJobSettings.parse("--watchlist", "w.tsv"))
                .hasMessage("--bootstrap-servers is required");
        assertThatThrownBy(
                        () -> RiskJobSettings.parse("--bootstrap-servers", "k:1", "--watchlist", "w", "--paralelism"))
                .hasMessage("unknown argument --paralelism");
        assertThatThrownBy(() -> RiskJobSettings.parse("--bootstrap-servers", "k:1", "--watchlist", "w", "--rules"))
                .hasMessage("--rules needs a value");
        assertThatThrownBy(() -> RiskJobSettings.parse(
                        "--bootstrap-servers", "k:1", "--watchlist", "w", "--checkpoint-interval", "soon"))
                .hasMessageStartingWith("--checkpoint-interval must be a duration");
        assertThatThrownBy(() -> RiskJobSettings.parse(
                        "--bootstrap-servers", "k:1", "--watchlist", "w", "--checkpoint-interval", "20m"))
                .hasMessageContaining("shorter than --transaction-timeout");
    }
}

package io.clearsky.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadOptionsTests {

    @Test
    void defaultsMeasureAHundredThousandNumbersForThirtySeconds() {
        LoadOptions options = LoadOptions.parse();

        assertThat(options.listed()).isEqualTo(100_000);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.serverJvm()).containsExactly("-Xmx2g");
        assertThat(options.connections()).isEqualTo(64);
        assertThat(options.ftc()).isEqualTo(LoadOptions.DEFAULT_FTC);
        assertThat(options.runs("postgres")).isTrue();
    }

    @Test
    void readsGivenValues() {
        LoadOptions options = LoadOptions.parse(
                "--duration",
                "2m",
                "--server-jvm",
                "-Xmx1g  -XX:+UseParallelGC",
                "--skip",
                "redis, ftc",
                "--ftc",
                "none");

        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.serverJvm()).isEqualTo(List.of("-Xmx1g", "-XX:+UseParallelGC"));
        assertThat(options.runs("redis")).isFalse();
        assertThat(options.runs("ftc")).isFalse();
        assertThat(options.ftc()).isNull();
    }

    @Test
    void refusesPeersOffThisMachine() {
        assertThatThrownBy(() -> LoadOptions.parse("--redis", "10.0.0.5:6379")).hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> LoadOptions.parse("--pg-url", "jdbc:postgresql://10.0.0.5:5432/postgres"))
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void refusesUnknownOptionsAndBadValues() {
        assertThatThrownBy(() -> LoadOptions.parse("--durration", "30s")).hasMessageContaining("--durration");
        assertThatThrownBy(() -> LoadOptions.parse("--duration", "thirty")).hasMessageContaining("duration");
        assertThatThrownBy(() -> LoadOptions.parse("--batch-size", "1001")).hasMessageContaining("1000");
        assertThatThrownBy(() -> LoadOptions.parse("--skip", "everything")).hasMessageContaining("everything");
    }
}

package io.clearsky.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntakeOptionsTests {

    @Test
    void defaultsAreEightThreadsPostingBatchesOfAHundredForThirtySecondsAfterTen() {
        IntakeOptions options = IntakeOptions.parse();

        assertThat(options.threads()).isEqualTo(8);
        assertThat(options.batchSize()).isEqualTo(100);
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.singleWarmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.singleDuration()).isEqualTo(Duration.ofSeconds(15));
        assertThat(options.pgUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(options.pgUser()).isEqualTo("postgres");
        assertThat(options.serverJar()).isEqualTo(Path.of("clearsky-server/target/clearsky-server-0.1.0-SNAPSHOT.jar"));
        assertThat(options.runs("batch")).isTrue();
        assertThat(options.runs("single")).isTrue();
        assertThat(options.out()).isNull();
    }

    @Test
    void readsGivenValues() {
        IntakeOptions options = IntakeOptions.parse(
                "--threads",
                "2",
                "--batch-size",
                "500",
                "--warmup",
                "0s",
                "--duration",
                "1m",
                "--single-duration",
                "5s",
                "--skip",
                "single",
                "--server-jvm",
                "-Xmx1g  -XX:+UseParallelGC",
                "--out",
                "target/intake.md");

        assertThat(options.threads()).isEqualTo(2);
        assertThat(options.batchSize()).isEqualTo(500);
        assertThat(options.warmup()).isZero();
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(options.singleDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.runs("single")).isFalse();
        assertThat(options.serverJvm()).containsExactly("-Xmx1g", "-XX:+UseParallelGC");
        assertThat(options.out()).isEqualTo(Path.of("target/intake.md"));
    }

    @Test
    void refusesBatchesTheServerWouldRefuse() {
        assertThatThrownBy(() -> IntakeOptions.parse("--batch-size", "501")).hasMessageContaining("1 to 500");
        assertThatThrownBy(() -> IntakeOptions.parse("--batch-size", "0")).hasMessageContaining("1 to 500");
    }

    @Test
    void refusesUnknownOptionsPhasesAndNothingToMeasure() {
        assertThatThrownBy(() -> IntakeOptions.parse("--thread", "8")).hasMessage("unknown option --thread");
        assertThatThrownBy(() -> IntakeOptions.parse("--skip", "redis")).hasMessageContaining("redis");
        assertThatThrownBy(() -> IntakeOptions.parse("--skip", "batch,single"))
                .hasMessageContaining("nothing to measure");
        assertThatThrownBy(() -> IntakeOptions.parse("--duration", "500ms")).hasMessageContaining("at least 1s");
        assertThatThrownBy(() -> IntakeOptions.parse("--threads")).hasMessageContaining("--name value");
    }

    @Test
    void refusesADatabaseOffThisMachine() {
        assertThatThrownBy(() -> IntakeOptions.parse("--pg-url", "jdbc:postgresql://10.0.0.5:5432/postgres"))
                .hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> IntakeOptions.parse("--pg-url", "jdbc:mysql://127.0.0.1/x"))
                .hasMessageContaining("jdbc:postgresql://");
    }
}

package io.clearsky.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTests {

    @Test
    void percentilesAreNearestRankOverEveryThreadsSamples() {
        Latencies first = new Latencies();
        Latencies second = new Latencies();
        // 1 to 100 ms, split between two threads out of order
        for (int ms = 100; ms >= 1; ms--) {
            (ms % 2 == 0 ? first : second).record(ms * 1_000_000L);
        }

        Latencies.Summary summary = Latencies.summarise(List.of(first, second));

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Millis()).isEqualTo(50.0);
        assertThat(summary.p99Millis()).isEqualTo(99.0);
        assertThat(summary.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void keepsEverySampleBeyondItsFirstArray() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 5_000; i++) {
            latencies.record(1_000_000L);
        }
        latencies.record(250_000_000L);

        Latencies.Summary summary = Latencies.summarise(List.of(latencies));

        assertThat(summary.count()).isEqualTo(5_001);
        assertThat(summary.p99Millis()).isEqualTo(1.0);
        assertThat(summary.maxMillis()).isEqualTo(250.0);
    }

    @Test
    void noSamplesGiveNoFigures() {
        Latencies.Summary summary = Latencies.summarise(List.of(new Latencies()));

        assertThat(summary.count()).isZero();
        assertThat(summary.p99Millis()).isNaN();
        assertThat(summary.maxMillis()).isNaN();
    }
}

package io.clearsky.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedisPeerTests {

    @Test
    void readsRpsAndLatencyColumnsOfRedisSevenCsv() {
        // captured from redis-benchmark 7.0.15 -t get --csv; the progress line ends in carriage returns
        String output = "GET: rps=0.0 (overall: -nan) avg_msec=-nan (overall: -nan)\r"
                + "\"test\",\"rps\",\"avg_latency_ms\",\"min_latency_ms\",\"p50_latency_ms\",\"p95_latency_ms\","
                + "\"p99_latency_ms\",\"max_latency_ms\"\n"
                + "\"GET\",\"31636.71\",\"1.236\",\"0.200\",\"1.047\",\"2.535\",\"5.591\",\"19.695\"\n";

        RedisPeer.Result result = RedisPeer.parseCsv(output);

        assertThat(result.requestsPerSecond()).isEqualTo(31636.71);
        assertThat(result.p50Millis()).isEqualTo(1.047);
        assertThat(result.p99Millis()).isEqualTo(5.591);
    }

    @Test
    void readsRpsOnlyFromOlderCsvWithoutHeader() {
        RedisPeer.Result result = RedisPeer.parseCsv("\"PING_INLINE\",\"90909.09\"\n\"GET\",\"98039.22\"\n");

        assertThat(result.requestsPerSecond()).isEqualTo(98039.22);
        assertThat(result.p99Millis()).isNaN();
    }

    @Test
    void refusesOutputWithoutAGetLine() {
        assertThatThrownBy(() -> RedisPeer.parseCsv("Could not connect to Redis at 127.0.0.1:6379: Connection refused"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no GET line");
    }
}

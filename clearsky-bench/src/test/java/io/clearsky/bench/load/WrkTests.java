package io.clearsky.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WrkTests {

    // captured from a smoke run of the driver on a busy 2-core machine
    private static final String SINGLE = """
            Running 4s test @ http://127.0.0.1:35799
              2 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    41.91ms   50.02ms 499.61ms   91.42%
                Req/Sec     1.13k   466.98     2.84k    70.00%
              Latency Distribution
                 50%   27.06ms
                 75%   49.91ms
                 90%   85.63ms
                 99%  299.82ms
              14346 requests in 4.11s, 6.86MB read
            Requests/sec:   3493.18
            Transfer/sec:      1.67MB
            """;

    private static final String FAST_WITH_ERRORS = """
            Running 30s test @ http://127.0.0.1:8080
              2 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency   812.33us  402.10us  21.04ms   88.12%
                Req/Sec    39.87k     2.10k   44.01k    71.50%
              Latency Distribution
                 50%  745.00us
                 75%  901.00us
                 90%    1.10ms
                 99%    2.31ms
              2381234 requests in 30.10s, 1.02GB read
              Socket errors: connect 0, read 3, write 0, timeout 2
              Non-2xx or 3xx responses: 17
            Requests/sec:  79111.43
            Transfer/sec:     34.70MB
            """;

    @Test
    void readsThroughputAndPercentilesInMilliseconds() {
        Wrk.Result result = Wrk.parse(SINGLE);

        assertThat(result.requestsPerSecond()).isEqualTo(3493.18);
        assertThat(result.requests()).isEqualTo(14346);
        assertThat(result.p50Millis()).isEqualTo(27.06);
        assertThat(result.p90Millis()).isEqualTo(85.63);
        assertThat(result.p99Millis()).isEqualTo(299.82);
        assertThat(result.non2xx()).isZero();
        assertThat(result.socketErrors()).isZero();
    }

    @Test
    void convertsMicrosecondsAndCountsErrorsAndNon2xxResponses() {
        Wrk.Result result = Wrk.parse(FAST_WITH_ERRORS);

        assertThat(result.requestsPerSecond()).isEqualTo(79111.43);
        assertThat(result.p50Millis()).isCloseTo(0.745, within(1e-9));
        assertThat(result.p99Millis()).isEqualTo(2.31);
        assertThat(result.non2xx()).isEqualTo(17);
        assertThat(result.socketErrors()).isEqualTo(5);
    }

    @Test
    void readsSecondsAndLeavesMissingPercentilesUnknown() {
        Wrk.Result result = Wrk.parse("""
                  Latency Distribution
                     99%    1.50s
                  10 requests in 5.00s, 1.00KB read
                Requests/sec:      2.00
                """);

        assertThat(result.p99Millis()).isEqualTo(1500.0);
        assertThat(result.p50Millis()).isNaN();
    }

    @Test
    void refusesOutputWithoutARequestsPerSecondLine() {
        assertThatThrownBy(() -> Wrk.parse("unable to connect to 127.0.0.1:1 Connection refused"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a wrk report");
    }
}

package io.clearsky.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.bench.ScratchDatabase;
import org.junit.jupiter.api.Test;

class PostgresPeerTests {

    @Test
    void pointsTheUrlAtAnotherDatabaseKeepingItsParameters() {
        assertThat(ScratchDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "bench"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/bench");
        assertThat(ScratchDatabase.withDatabase("jdbc:postgresql://127.0.0.1/postgres?sslmode=disable", "bench"))
                .isEqualTo("jdbc:postgresql://127.0.0.1/bench?sslmode=disable");
    }

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = new long[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(PostgresPeer.percentile(sorted, 0.99)).isEqualTo(99);
        assertThat(PostgresPeer.percentile(sorted, 0.50)).isEqualTo(50);
        assertThat(PostgresPeer.percentile(new long[] {7}, 0.99)).isEqualTo(7);
        assertThat(PostgresPeer.percentile(new long[0], 0.99)).isNaN();
    }
}

package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineJitterTests {

    @Test
    void eachThreadWatchesForTheWholeSpanAndCountsEveryLongGapInTheShorterBands() throws InterruptedException {
        List<MachineJitter.Gaps> seen = MachineJitter.measure(2, 50_000_000L);

        assertThat(seen).hasSize(2).allSatisfy(gaps -> {
            assertThat(gaps.spanNanos()).isGreaterThanOrEqualTo(50_000_000L);
            assertThat(gaps.over1()).isGreaterThanOrEqualTo(gaps.over5());
            assertThat(gaps.over5()).isGreaterThanOrEqualTo(gaps.over20());
            assertThat(gaps.over20()).isGreaterThanOrEqualTo(gaps.over50());
            assertThat(gaps.lostNanos()).isLessThanOrEqualTo(gaps.spanNanos());
            assertThat(gaps.lostNanos()).isGreaterThanOrEqualTo(gaps.over1() * 1_000_000L);
            assertThat(gaps.longestNanos()).isPositive();
            assertThat(gaps.lostShare()).isBetween(0.0, 1.0);
        });
    }
}

package io.clearsky.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IndicatorIndexBenchmarkTests {

    private static final IndicatorIndexBenchmark BENCHMARK = new IndicatorIndexBenchmark();

    @BeforeAll
    static void build() {
        BENCHMARK.phoneNumbers = 200_000;
        BENCHMARK.build();
    }

    @Test
    void indexAndPeerHoldTheSameEntries() {
        assertThat(BENCHMARK.index.phoneCount()).isEqualTo(200_000);
        assertThat(BENCHMARK.fastutil.size()).isEqualTo(200_000);
    }

    @Test
    void indexAndPeerAgreeOnEveryProbeAndHalfOfThemHit() {
        IndicatorIndexBenchmark.Cursor ours = new IndicatorIndexBenchmark.Cursor();
        IndicatorIndexBenchmark.Cursor peer = new IndicatorIndexBenchmark.Cursor();
        int hits = 0;
        int probes = 200_000;

        for (int i = 0; i < probes; i++) {
            long state = BENCHMARK.lookup(ours);
            assertThat(state).isEqualTo(BENCHMARK.fastutilLookup(peer));
            hits += state != 0 ? 1 : 0;
        }

        assertThat((double) hits / probes).isBetween(0.49, 0.51);
    }

    @Test
    void batchesAgreeWithSingleLookups() {
        IndicatorIndexBenchmark.Cursor batch = new IndicatorIndexBenchmark.Cursor();
        IndicatorIndexBenchmark.Cursor peerBatch = new IndicatorIndexBenchmark.Cursor();
        IndicatorIndexBenchmark.Cursor single = new IndicatorIndexBenchmark.Cursor();
        batch.next = IndicatorIndexBenchmark.MASK - 10; // the batch wraps around the end of the probes
        peerBatch.next = batch.next;
        single.next = batch.next;

        long expected = 0;
        for (int i = 0; i < IndicatorIndexBenchmark.BATCH; i++) {
            expected += BENCHMARK.lookup(single);
        }

        assertThat(expected).isNotZero();
        assertThat(BENCHMARK.lookupBatch(batch)).isEqualTo(expected);
        assertThat(BENCHMARK.fastutilLookupBatch(peerBatch)).isEqualTo(expected);
        assertThat(batch.next).isEqualTo(single.next);
    }
}

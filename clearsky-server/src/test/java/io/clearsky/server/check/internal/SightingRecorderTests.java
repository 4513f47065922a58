package io.clearsky.server.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SightingRecorderTests {

    private static final Identifier NUMBER = new Identifier(IndicatorKind.PHONE_NUMBER, "+8613800138000");
    private static final Instant NOON = Instant.parse("2026-11-24T04:00:00Z");

    @Test
    void countsHitsWarningsAndDistinctPeoplePerIndicatorAndDay() {
        SightingRecorder recorder = new SightingRecorder();
        recorder.record(NUMBER, 7, "alice", true, false, NOON);
        recorder.record(NUMBER, 7, "alice", true, false, NOON.plusSeconds(5));
        recorder.record(NUMBER, 7, "bob", false, false, NOON.plusSeconds(9));
        recorder.record(NUMBER, 7, null, true, false, NOON.plusSeconds(86_400));
        List<SightingRecorder.Drained> drained = recorder.drain();
        assertThat(drained).hasSize(2);
        SightingRecorder.Drained first = drained.stream()
                .filter(d -> d.key().day().toString().equals("2026-11-24"))
                .findFirst()
                .orElseThrow();
        assertThat(first.hits()).isEqualTo(3);
        assertThat(first.warnings()).isEqualTo(2);
        assertThat(Math.round(first.subscribers().getEstimate())).isEqualTo(2);
        assertThat(first.first()).isEqualTo(NOON);
        assertThat(first.last()).isEqualTo(NOON.plusSeconds(9));
        assertThat(recorder.drain()).isEmpty();
    }

    @Test
    void noHitIsLostOrCountedTwiceWhileDrainsRunConcurrently() throws Exception {
        SightingRecorder recorder = new SightingRecorder();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int perThread = 50_000;
        List<Future<?>> writers = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    recorder.record(NUMBER, 7, "p" + thread, true, false, NOON);
                }
            }));
        }
        long total = 0;
        while (!writers.stream().allMatch(Future::isDone)) {
            total += recorder.drain().stream()
                    .mapToLong(SightingRecorder.Drained::hits)
                    .sum();
        }
        total += recorder.drain().stream()
                .mapToLong(SightingRecorder.Drained::hits)
                .sum();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(total).isEqualTo(4L * perThread);
    }

    @Test
    void aHitOnALapsedListingIsFlagged() {
        SightingRecorder recorder = new SightingRecorder();
        recorder.record(NUMBER, 7, "alice", false, false, NOON);
        recorder.record(NUMBER, 7, "bob", false, true, NOON.plusSeconds(1));
        assertThat(recorder.drain().get(0).lapsed()).isTrue();
    }

    @Test
    void whatCouldNotBeWrittenComesBackMergedWithNewHits() {
        SightingRecorder recorder = new SightingRecorder();
        recorder.record(NUMBER, 7, "alice", true, false, NOON);
        List<SightingRecorder.Drained> failed = recorder.drain();
        recorder.record(NUMBER, 7, "bob", true, false, NOON.plusSeconds(1));
        recorder.restore(failed);
        SightingRecorder.Drained merged = recorder.drain().get(0);
        assertThat(merged.hits()).isEqualTo(2);
        assertThat(Math.round(merged.subscribers().getEstimate())).isEqualTo(2);
    }
}

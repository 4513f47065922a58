package io.clearsky.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.warning.AppInstallEvent;
import io.clearsky.core.warning.RiskEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.metrics.SimpleCounter;
import org.junit.jupiter.api.Test;

class EventTimeWatermarksTests {

    private static final long NOW = Instant.parse("2026-11-29T08:00:00Z").toEpochMilli();

    private final List<Long> watermarks = new ArrayList<>();
    private final WatermarkOutput output = new WatermarkOutput() {
        @Override
        public void emitWatermark(Watermark watermark) {
            watermarks.add(watermark.getTimestamp());
        }

        @Override
        public void markIdle() {}

        @Override
        public void markActive() {}
    };
    private final SimpleCounter ahead = new SimpleCounter();
    private final EventTimeWatermarks generator =
            new EventTimeWatermarks(Duration.ofMinutes(10), Duration.ofHours(1), () -> NOW, ahead);

    private void see(long time) {
        RiskEvent event = new AppInstallEvent("a", Instant.ofEpochMilli(time), TestWorld.VICTIM, "app");
        generator.onEvent(event, time, output);
        generator.onPeriodicEmit(output);
    }

    @Test
    void trailsTheLatestEventByTheOutOfOrderness() {
        see(NOW - 3_600_000);
        see(NOW - 7_200_000);

        assertThat(watermarks).containsExactly(NOW - 3_600_000 - 600_000 - 1, NOW - 3_600_000 - 600_000 - 1);
    }

    @Test
    void anEventStampedFarAheadOfTheClockDoesNotMoveEventTime() {
        see(NOW);
        see(NOW + Duration.ofDays(365 * 4).toMillis());
        see(NOW + 3_600_000);

        assertThat(watermarks).containsExactly(NOW - 600_001, NOW - 600_001, NOW + 3_600_000 - 600_001);
        assertThat(ahead.getCount()).isOne();
    }
}

package io.clearsky.stream;

import io.clearsky.core.warning.RiskEvent;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.metrics.Counter;

/**
 * Event time with bounded out-of-orderness, as Flink's own, except that an event stamped further ahead of this
 * machine's clock than a tolerance does not move it on. One partner's clock set years ahead would otherwise carry the
 * watermark there and fire every cleanup timer at once, dropping every key's state while it is still needed. Such an
 * event is still decided, like any other; it is only not trusted to say what time it is.
 *
 * <p>The watermark only decides when states are dropped, and a state is dropped only once it can no longer change a
 * decision, so this never changes what the job decides on events within the bound.
 */
final class EventTimeWatermarks implements WatermarkGenerator<RiskEvent> {

    private final long outOfOrderness;
    private final long futureTolerance;
    private final LongSupplier clock;
    private final Counter ahead;
    private long latest;

    EventTimeWatermarks(Duration outOfOrderness, Duration futureTolerance, LongSupplier clock, Counter ahead) {
        this.outOfOrderness = outOfOrderness.toMillis();
        this.futureTolerance = futureTolerance.toMillis();
        this.clock = clock;
        this.ahead = ahead;
        this.latest = Long.MIN_VALUE + this.outOfOrderness + 1;
    }

    /** The job's strategy: timestamps from the events' times, watermarks from this generator on the wall clock. */
    static WatermarkStrategy<RiskEvent> strategy(Duration outOfOrderness, Duration futureTolerance) {
        return WatermarkStrategy.<RiskEvent>forGenerator(context -> new EventTimeWatermarks(
                        outOfOrderness,
                        futureTolerance,
                        System::currentTimeMillis,
                        context.getMetricGroup().counter("eventsAheadOfClock")))
                .withTimestampAssigner((event, previous) -> event.at().toEpochMilli());
    }

    @Override
    public void onEvent(RiskEvent event, long timestamp, WatermarkOutput output) {
        if (timestamp > latest) {
            if (timestamp - futureTolerance > clock.getAsLong()) {
                ahead.inc();
                return;
            }
            latest = timestamp;
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        output.emitWatermark(new Watermark(latest - outOfOrderness - 1));
    }
}

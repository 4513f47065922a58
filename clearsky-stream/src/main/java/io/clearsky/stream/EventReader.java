package io.clearsky.stream;

import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.InvalidEventException;
import io.clearsky.core.warning.RiskEvent;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each record of the events topic with {@link EventCodec}, which checks every field and puts identifiers in
 * canonical form. A record that cannot be read goes to the dead letters with the field and the reason; it never
 * stops the job.
 */
final class EventReader extends ProcessFunction<IncomingRecord, RiskEvent> {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(EventReader.class);

    /** The accumulator of records read as events. */
    static final String EVENTS = "events";

    /** The accumulator of records sent to the dead letters. */
    static final String UNREADABLE = "unreadable-records";

    private transient LongCounter events;
    private transient LongCounter unreadable;

    @Override
    public void open(OpenContext context) {
        events = getRuntimeContext().getLongCounter(EVENTS);
        unreadable = getRuntimeContext().getLongCounter(UNREADABLE);
    }

    @Override
    public void processElement(IncomingRecord record, Context context, Collector<RiskEvent> out) {
        String text = record.text();
        if (text == null || text.isBlank()) {
            unreadable.add(1);
            context.output(DeadLetters.TAG, DeadLetters.unreadable(record, null, "an empty record"));
            return;
        }
        RiskEvent event;
        try {
            event = EventCodec.read(text);
        } catch (InvalidEventException e) {
            unreadable.add(1);
            context.output(DeadLetters.TAG, DeadLetters.unreadable(record, e.field(), e.reason()));
            return;
        } catch (RuntimeException e) {
            // a record the codec fails on in a way it does not foresee: record it rather than fail on it forever
            log.warn("record {}/{}/{} broke the reader", record.topic(), record.partition(), record.offset(), e);
            unreadable.add(1);
            context.output(DeadLetters.TAG, DeadLetters.unreadable(record, null, String.valueOf(e)));
            return;
        }
        events.add(1);
        out.collect(event);
    }
}

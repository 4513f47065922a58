package io.clearsky.stream;

import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.RiskEvent;
import org.apache.flink.util.OutputTag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records the job could not use, as JSON for the dead-letter topic:
 *
 * <pre>{@code
 * {"v":1,"stage":"read","field":"amount","reason":"an amount in yuan above 0 …","topic":"clearsky.risk-events",
 *  "partition":0,"offset":1234,"record":"{\"v\":1,\"type\":\"transfer-attempt\",…}"}
 * }</pre>
 *
 * keyed {@code topic/partition/offset}, so a dead letter written twice (at-least-once) is recognisably the same.
 */
final class DeadLetters {

    /** The side output both the reader and the keyed rules send dead letters to. */
    static final OutputTag<JsonLine> TAG = new OutputTag<>("dead-letters", JsonLineType.INFO);

    /** Longest record text kept in a dead letter, so a dead letter never outgrows Kafka's record limit. */
    static final int MAX_RECORD_CHARS = 64 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DeadLetters() {}

    /** A record that could not be read as an event. */
    static JsonLine unreadable(IncomingRecord record, @Nullable String field, String reason) {
        ObjectNode node = node("read", field, reason);
        node.put("topic", record.topic());
        node.put("partition", record.partition());
        node.put("offset", record.offset());
        String text = record.text();
        if (text != null && text.length() > MAX_RECORD_CHARS) {
            node.put("record", text.substring(0, MAX_RECORD_CHARS));
            node.put("truncated", true);
        } else {
            node.put("record", text);
        }
        return new JsonLine(record.topic() + "/" + record.partition() + "/" + record.offset(), node.toString());
    }

    /** An event the rules failed on: a bug, recorded rather than stopping every warning. */
    static JsonLine undecided(RoutedEvent routed, RuntimeException failure) {
        ObjectNode node = node("rules", null, String.valueOf(failure));
        node.put("key", routed.key());
        node.put("role", routed.role().name());
        RiskEvent event = routed.event();
        node.set("event", EventCodec.toNode(event));
        return new JsonLine(event.id(), node.toString());
    }

    private static ObjectNode node(String stage, @Nullable String field, String reason) {
        ObjectNode node = JSON.createObjectNode();
        node.put("v", RiskEvent.VERSION);
        node.put("stage", stage);
        if (field != null) {
            node.put("field", field);
        }
        node.put("reason", reason);
        return node;
    }
}

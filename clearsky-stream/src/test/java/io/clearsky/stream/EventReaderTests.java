package io.clearsky.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.RiskEvent;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventReaderTests {

    @Test
    void readsEventsAndSendsWhatItCannotReadToTheDeadLettersWithTheFieldAndTheReason() throws Exception {
        RiskEvent event = TestWorld.events(1, 1).get(0);
        try (OneInputStreamOperatorTestHarness<IncomingRecord, RiskEvent> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(new EventReader())) {
            harness.processElement(new IncomingRecord("events", 0, 0, EventCodec.write(event)), 0);
            harness.processElement(new IncomingRecord("events", 0, 1, "{\"v\":1,\"type\":\"call\",\"id\":\"x\"}"), 0);
            harness.processElement(new IncomingRecord("events", 0, 2, "not json"), 0);
            harness.processElement(new IncomingRecord("events", 0, 3, null), 0);
            harness.processElement(new IncomingRecord("events", 0, 4, "x".repeat(100_000)), 0);

            assertThat(harness.extractOutputValues()).containsExactly(event);
            List<JsonNode> deadLetters = harness.getSideOutput(DeadLetters.TAG).stream()
                    .map(StreamRecord::getValue)
                    .map(line -> {
                        JsonNode node = JsonMapper.builder().build().readTree(line.json());
                        assertThat(line.key())
                                .isEqualTo("events/0/" + node.get("offset").asLong());
                        return node;
                    })
                    .toList();
            assertThat(deadLetters).hasSize(4);
            assertThat(deadLetters.get(0).get("field").asString()).isEqualTo("at");
            assertThat(deadLetters.get(0).get("reason").asString()).isEqualTo("required");
            assertThat(deadLetters.get(0).get("record").asString()).contains("\"id\":\"x\"");
            assertThat(deadLetters.get(1).get("reason").asString()).startsWith("not readable JSON");
            assertThat(deadLetters.get(2).get("reason").asString()).isEqualTo("an empty record");
            assertThat(deadLetters.get(3).get("record").asString()).hasSize(DeadLetters.MAX_RECORD_CHARS);
            assertThat(deadLetters.get(3).get("truncated").asBoolean()).isTrue();
        }
    }
}

package io.clearsky.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.RiskRules;
import io.clearsky.core.warning.RuleSet;
import io.clearsky.core.warning.SmsEvent;
import io.clearsky.core.warning.TransferAttempt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class RiskEventSerializerTests {

    @Test
    void everyKindOfEventAndItsRoutesSurviveTheirBytes() throws Exception {
        RiskRules rules = new RiskRules(RuleSet.defaults(), TestWorld.watchlist());
        List<RiskEvent> events = new ArrayList<>(TestWorld.events(3, 2_000));
        events.add(new SmsEvent(
                "s-text",
                Instant.parse("2026-11-29T08:00:00.123456789Z"),
                TestWorld.GANG_NUMBER,
                TestWorld.VICTIM,
                List.of(TestWorld.LISTED_URL, "https://example.com/"),
                "退款请点击 " + TestWorld.LISTED_URL));
        events.add(new TransferAttempt(
                "t-region",
                Instant.parse("2026-11-29T08:00:00Z"),
                "6222020000000000001",
                null,
                TestWorld.MULE,
                12_000_00,
                io.clearsky.core.warning.Channel.ONLINE_BANKING,
                "350203"));
        DataOutputSerializer out = new DataOutputSerializer(64);
        List<RoutedEvent> routed = new ArrayList<>();
        for (RiskEvent event : events) {
            for (RiskRules.Routed route : rules.route(event)) {
                RoutedEvent value = new RoutedEvent(route.key(), route.role(), event);
                RoutedEventSerializer.INSTANCE.serialize(value, out);
                routed.add(value);
            }
        }

        DataInputDeserializer in = new DataInputDeserializer(out.getSharedBuffer(), 0, out.length());
        for (RoutedEvent expected : routed) {
            assertThat(RoutedEventSerializer.INSTANCE.deserialize(in)).isEqualTo(expected);
        }
        assertThat(in.available()).isZero();
        assertThat(routed).extracting(r -> r.event().type()).contains("call", "sms", "link-visit", "app-install");
    }
}

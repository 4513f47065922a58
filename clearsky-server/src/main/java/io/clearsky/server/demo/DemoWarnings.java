package io.clearsky.server.demo;

import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.NewAgency;
import io.clearsky.server.agencies.PartnerKind;
import io.clearsky.server.agencies.Role;
import io.clearsky.server.warning.EventManagement;
import io.clearsky.server.warning.TransferCheckManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's warning story (DESIGN §1.5): a telecom partner reports that a number on the centre's list called a
 * subscriber for ten minutes; twenty minutes later the payment platform checks the subscriber's payment of 50,000
 * yuan to an account never paid before and is told to HOLD it, and the centre's callers find a HIGH dissuasion task.
 */
@Component
class DemoWarnings {

    static final String SUBSCRIBER = "+8613950000001";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AgencyManagement agencies;
    private final EventManagement events;
    private final TransferCheckManagement checks;
    private final Clock clock;

    DemoWarnings(AgencyManagement agencies, EventManagement events, TransferCheckManagement checks, Clock clock) {
        this.agencies = agencies;
        this.events = events;
        this.checks = checks;
        this.clock = clock;
    }

    /** What the story left: the transfer check's outcome. */
    record Story(String outcome) {}

    /**
     * Plays the story: registers the telecom partner (its key goes into {@code keys}), sends its call event and has
     * the payment platform check the payment.
     *
     * @param listedNumber a number the centre listed
     * @param region the payer's division, in the centre's jurisdiction
     * @param platform the payment platform's agency id
     */
    Story play(String listedNumber, String region, long platform, Caller admin, Map<String, String> keys) {
        long telecomId = agencies.register(
                        new NewAgency(
                                "demo-telecom",
                                AgencyKind.PARTNER,
                                "演示电信运营商",
                                "Demo Telecom",
                                null,
                                null,
                                null,
                                PartnerKind.TELECOM),
                        admin)
                .id();
        keys.put(
                "partner demo-telecom (演示电信运营商)",
                agencies.issueKey(telecomId, DemoLoader.DEMO_KEY, admin).key());
        Caller telecom = new Caller("demo-telecom", Role.PARTNER, telecomId);

        ObjectNode call = JSON.createObjectNode()
                .put("type", "call")
                .put("id", "demo-call-1")
                .put("at", minutesAgo(25))
                .put("caller", listedNumber)
                .put("presented", listedNumber)
                .put("callee", SUBSCRIBER)
                .put("durationSeconds", 600)
                .put("route", "DOMESTIC");
        ObjectNode batch = JSON.createObjectNode();
        batch.putArray("events").add(call);
        events.receive(batch, telecom);

        ObjectNode attempt = JSON.createObjectNode()
                .put("id", "demo-pay-1")
                .put("at", minutesAgo(5))
                .put("payer", "alipay:2088950000000001")
                .put("payerPhone", SUBSCRIBER)
                .put("payee", "alipay:2088950099990001")
                .put("amount", "50000.00")
                .put("channel", "MOBILE_APP")
                .put("region", region);
        String outcome = checks.check(attempt, new Caller("demo-platform", Role.PARTNER, platform))
                .outcome();
        return new Story(outcome);
    }

    private String minutesAgo(int minutes) {
        return clock.instant()
                .minus(Duration.ofMinutes(minutes))
                .atOffset(ZoneOffset.ofHours(8))
                .toString();
    }
}

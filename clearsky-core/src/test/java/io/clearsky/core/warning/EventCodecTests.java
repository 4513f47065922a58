package io.clearsky.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.core.indicator.ScamType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTests {

    @Test
    void readsEveryEventTypeInCanonicalFormAndWritesItBack() {
        List<String> lines = List.of(
                "{\"v\":1,\"type\":\"call\",\"id\":\"op-1\",\"at\":\"2026-11-29T16:00:00+08:00\","
                        + "\"caller\":\"+852 5123 4567\",\"presented\":\"110\",\"callee\":\"139 1234 5678\","
                        + "\"durationSeconds\":184,\"direction\":\"incoming\",\"route\":\"VOIP\"}",
                "{\"type\":\"sms\",\"id\":\"op-2\",\"at\":\"2026-11-29T08:00:00Z\",\"sender\":\"+8617012345678\","
                        + "\"recipient\":\"13912345678\",\"text\":\"您的快递理赔请点击 https://Fake-Refund.example.com/claim 办理\"}",
                "{\"type\":\"link-visit\",\"id\":\"app-3\",\"at\":\"2026-11-29T08:00:00Z\","
                        + "\"subscriber\":\"+8613912345678\",\"url\":\"fake-refund.example.com/claim\"}",
                "{\"type\":\"app-install\",\"id\":\"app-4\",\"at\":\"2026-11-29T08:00:00Z\","
                        + "\"subscriber\":\"+8613912345678\",\"app\":\"com.tencent.wemeet\"}",
                "{\"type\":\"transfer-attempt\",\"id\":\"pay-5\",\"at\":\"2026-11-29T08:00:00Z\","
                        + "\"payer\":\"支付宝:13912345678\",\"payerPhone\":\"13912345678\",\"payee\":\"alipay:2088000000000001\","
                        + "\"amount\":\"12000.5\",\"channel\":\"mobile-app\",\"region\":\"350203\"}");

        List<RiskEvent> events = lines.stream().map(EventCodec::read).toList();

        CallEvent call = (CallEvent) events.get(0);
        assertThat(call.at()).isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
        assertThat(call.caller()).isEqualTo("+85251234567");
        assertThat(call.presented()).isEqualTo("+86110");
        assertThat(call.callee()).isEqualTo("+8613912345678");
        assertThat(call.direction()).isEqualTo(CallDirection.INCOMING);
        assertThat(((SmsEvent) events.get(1)).urls()).containsExactly("https://fake-refund.example.com/claim");
        assertThat(((LinkVisitEvent) events.get(2)).url()).isEqualTo("http://fake-refund.example.com/claim");
        TransferAttempt transfer = (TransferAttempt) events.get(4);
        assertThat(transfer.payer()).isEqualTo("alipay:+8613912345678");
        assertThat(transfer.amountFen()).isEqualTo(1_200_050);
        assertThat(transfer.channel()).isEqualTo(Channel.MOBILE_APP);
        for (RiskEvent event : events) {
            assertThat(EventCodec.read(EventCodec.write(event))).isEqualTo(event);
        }
    }

    @Test
    void namesTheFieldAtFaultWithTheEventsPlace() {
        assertProblem(
                "{\"type\":\"transfer-attempt\",\"id\":\"p1\",\"at\":\"2026-11-29T08:00:00Z\","
                        + "\"payer\":\"alipay:2088000000000001\",\"payee\":\"alipay:2088000000000002\",\"amount\":-5}",
                "events[3].amount");
        assertProblem(
                "{\"type\":\"call\",\"id\":\"c1\",\"at\":\"2026-11-29T08:00:00Z\",\"presented\":\"+8613912345678\","
                        + "\"callee\":\"+8613912345678\",\"durationSeconds\":10}",
                "events[3].route");
        assertProblem("{\"type\":\"call\",\"id\":\"c1\",\"at\":\"yesterday\"}", "events[3].at");
        assertProblem("{\"type\":\"sms\",\"id\":\"s1\",\"at\":\"-999999999-01-01T00:00:00Z\"}", "events[3].at");
        assertProblem("{\"type\":\"sms\",\"id\":\"s1\",\"at\":\"+999999999-01-01T00:00:00Z\"}", "events[3].at");
        assertProblem(
                "{\"v\":4294967297,\"type\":\"sms\",\"id\":\"s1\",\"at\":\"2026-11-29T08:00:00Z\"}", "events[3].v");
        assertProblem("{\"type\":\"fax\",\"id\":\"f1\",\"at\":\"2026-11-29T08:00:00Z\"}", "events[3].type");
        assertProblem("{\"type\":\"sms\",\"id\":\"has space\",\"at\":\"2026-11-29T08:00:00Z\"}", "events[3].id");
        assertProblem("{\"v\":2,\"type\":\"sms\",\"id\":\"s1\",\"at\":\"2026-11-29T08:00:00Z\"}", "events[3].v");
        assertProblem(
                "{\"type\":\"sms\",\"id\":\"s1\",\"at\":\"2026-11-29T08:00:00Z\",\"sender\":\"12\","
                        + "\"recipient\":\"+8613912345678\"}",
                "events[3].sender");
        assertProblem(
                "{\"type\":\"link-visit\",\"id\":\"l1\",\"at\":\"2026-11-29T08:00:00Z\","
                        + "\"subscriber\":\"+8613912345678\",\"url\":\"javascript:alert(1)\"}",
                "events[3].url");
        assertProblem(
                "{\"type\":\"transfer-attempt\",\"id\":\"p1\",\"at\":\"2026-11-29T08:00:00Z\","
                        + "\"payer\":\"alipay:2088000000000001\",\"payee\":\"alipay:2088000000000002\",\"amount\":\"1.001\"}",
                "events[3].amount");
        assertProblem("[1,2]", "events[3]");
    }

    @Test
    void decisionsRoundTrip() {
        Decision decision = new Decision(
                "pay-5",
                Instant.parse("2026-11-29T08:00:00Z"),
                RuleSet.CONTACT_THEN_NEW_PAYEE,
                3,
                SubjectKind.SUBSCRIBER,
                "+8613912345678",
                Outcome.HOLD,
                Priority.HIGH,
                ScamType.IMPERSONATING_OFFICIALS,
                List.of(new RuleReason("NEW_PAYEE_AFTER_RISKY_CONTACT", "中文", "English")),
                List.of("op-1", "pay-5"));

        assertThat(EventCodec.readDecision(EventCodec.write(decision))).isEqualTo(decision);
        assertThatThrownBy(() -> EventCodec.readDecision("{\"eventId\":\"x\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linksInATextAreFoundWhateverTheCaseOfTheirScheme() {
        // regression: "HTTPS://…" was not taken for a link, though schemes are case-insensitive (RFC 3986, 3.1)
        assertThat(EventCodec.linksIn("【快递理赔】请点击 HTTPS://Fake-Refund.example.com/claim?id=7 办理，或 http://a.example.cn。"))
                .containsExactly("https://fake-refund.example.com/claim?id=7", "http://a.example.cn/");
    }

    @Test
    void anSmsEventTakesTheLinksOfItsTextBesideThoseGiven() {
        RiskEvent event = EventCodec.read("{\"v\":1,\"type\":\"sms\",\"id\":\"s1\",\"at\":\"2026-11-29T08:00:00Z\","
                + "\"sender\":\"17012345678\",\"recipient\":\"+8613912345678\","
                + "\"urls\":[\"https://a.example.cn/x\"],\"text\":\"see Https://b.example.cn/y now\"}");

        assertThat(((SmsEvent) event).urls()).containsExactly("https://a.example.cn/x", "https://b.example.cn/y");
    }

    private static void assertProblem(String json, String field) {
        assertThatThrownBy(() -> EventCodec.read(
                        tools.jackson.databind.json.JsonMapper.builder().build().readTree(json), "events[3]"))
                .isInstanceOfSatisfying(
                        InvalidEventException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}

package io.clearsky.core.warning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCodecTests {

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
}

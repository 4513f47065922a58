package io.clearsky.server.funds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookDelivererTests {

    @Test
    void signsTheTimeAndTheBodyWithHmacSha256() {
        // the value a receiver computes with any HMAC library (here Python's hmac module)
        assertThat(WebhookDeliverer.sign("whsec_test", 1_700_000_000L, "{\"type\":\"order.issued\"}"))
                .isEqualTo("8f59c51dc9c3888e67d0d4df29cf0105520744ec56613b7a4aceb46d81d0a557");
        assertThat(WebhookDeliverer.sign("key", 0, "body").length()).isEqualTo(64);
        assertThat(WebhookDeliverer.sign("key", 1, "body")).isNotEqualTo(WebhookDeliverer.sign("key", 2, "body"));
        assertThat(WebhookDeliverer.sign("key", 1, "body")).isNotEqualTo(WebhookDeliverer.sign("other", 1, "body"));
        assertThat(WebhookDeliverer.sign("key", 1, "body")).isEqualTo(WebhookDeliverer.sign("key", 1, "body"));
    }

    @Test
    void pausesDoubleFromFiveSecondsUpToAnHour() {
        assertThat(WebhookDeliverer.pause(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(WebhookDeliverer.pause(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(WebhookDeliverer.pause(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(WebhookDeliverer.pause(12)).isEqualTo(Duration.ofHours(1));
        assertThat(WebhookDeliverer.pause(60)).isEqualTo(Duration.ofHours(1));
    }
}

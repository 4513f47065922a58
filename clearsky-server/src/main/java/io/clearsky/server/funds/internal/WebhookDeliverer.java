package io.clearsky.server.funds.internal;

import io.clearsky.server.funds.FundsSettings;
import io.clearsky.server.funds.internal.WebhookOutbox.Delivery;
import io.clearsky.server.funds.internal.WebhookOutbox.Webhook;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued webhook deliveries, signed, and tries failed ones again with growing pauses. The receiver checks
 * {@code ClearSky-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" under its secret>} and drops a
 * {@code ClearSky-Delivery} id it has seen: a delivery can arrive twice (a crash after sending, before recording).
 */
@Component
class WebhookDeliverer {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliverer.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(5);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final WebhookOutbox outbox;
    private final FundsSettings settings;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    WebhookDeliverer(WebhookOutbox outbox, FundsSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 500)
    void deliverDue() {
        for (Delivery d : outbox.due(clock.instant(), 50)) {
            if (outbox.claim(d, clock.instant().plus(LEASE))) {
                deliver(d);
            }
        }
    }

    private void deliver(Delivery d) {
        int attempt = d.attempts() + 1;
        Optional<Webhook> webhook = outbox.webhook(d.agencyId());
        if (webhook.isEmpty()) {
            outbox.failed(d.id(), attempt, "the partner removed its webhook", null);
            return;
        }
        String error;
        try {
            long t = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(webhook.get().url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("ClearSky-Delivery", Long.toString(d.id()))
                    .header("ClearSky-Event", d.eventType())
                    .header(
                            "ClearSky-Signature",
                            "t=" + t + ",v1=" + sign(webhook.get().secret(), t, d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                outbox.delivered(d.id(), attempt, clock.instant());
                return;
            }
            error = "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        Instant retry = attempt >= settings.webhookMaxAttempts()
                ? null
                : clock.instant().plus(pause(attempt));
        if (retry == null) {
            log.warn(
                    "Webhook delivery {} to agency {} failed for good after {} attempts: {}",
                    d.id(),
                    d.agencyId(),
                    attempt,
                    error);
        }
        outbox.failed(d.id(), attempt, error, retry);
    }

    /** 5 s, 10 s, 20 s … up to an hour between attempts. */
    static Duration pause(int attempt) {
        long seconds = FIRST_PAUSE.getSeconds() << Math.min(attempt - 1, 20);
        return seconds > LONGEST_PAUSE.getSeconds() ? LONGEST_PAUSE : Duration.ofSeconds(seconds);
    }

    /** The hex HMAC-SHA256 of {@code t + "." + body} under the secret. */
    static String sign(String secret, long t, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

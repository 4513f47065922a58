package io.clearsky.server.funds;

import io.clearsky.server.InvalidInputException;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.funds.internal.WebhookOutbox;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's webhook: where ClearSky pushes the orders and assistance requests addressed to it and their changes,
 * signed with a secret only the partner and ClearSky know. The inbox API stays the record; the webhook saves polling.
 */
@Service
public class WebhookManagement {

    private final WebhookOutbox outbox;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    WebhookManagement(WebhookOutbox outbox, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The webhook as set; the secret is shown only when it is made. */
    public record WebhookView(
            String url,
            @Nullable String secret,
            Instant updatedAt,
            @Nullable List<Delivery> recentDeliveries) {}

    /** A delivery: its event, state, attempts and the last error. */
    public record Delivery(
            long id,
            String event,
            String status,
            int attempts,
            Instant createdAt,
            @Nullable Instant deliveredAt,
            @Nullable String lastError) {}

    /** Sets the partner's webhook URL and makes a new signing secret, shown in this answer only. */
    @Transactional
    public WebhookView set(@Nullable String url, Caller caller) {
        caller.require(Permission.WEBHOOKS);
        long agency = caller.requireAgency();
        String checked = url(url);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        outbox.saveWebhook(agency, checked, secret, now);
        events.publishEvent(new FundsEvents.WebhookChanged(agency, "SET", checked, caller.name()));
        return new WebhookView(checked, secret, now, null);
    }

    /** The partner's webhook and its latest deliveries. */
    public WebhookView get(Caller caller) {
        caller.require(Permission.WEBHOOKS);
        long agency = caller.requireAgency();
        WebhookOutbox.Webhook webhook =
                outbox.webhook(agency).orElseThrow(() -> new NotFoundException("no webhook is set"));
        return new WebhookView(
                webhook.url(),
                null,
                webhook.updatedAt(),
                outbox.recent(agency, 50).stream()
                        .map(d -> new Delivery(
                                d.id(),
                                d.eventType(),
                                d.status(),
                                d.attempts(),
                                d.createdAt(),
                                d.deliveredAt(),
                                d.lastError()))
                        .toList());
    }

    /**
     * Queues a delivery of {@code data} to a partner's webhook, if it has one, in the caller's transaction (so it is
     * committed with the change it announces): for other modules that push to partners, e.g. warnings.
     *
     * @param type the event name the receiver sees in {@code ClearSky-Event}, e.g. {@code warning.issued}
     */
    public void enqueue(long partnerId, String type, Object data) {
        outbox.enqueue(partnerId, type, data, clock.instant());
    }

    /** Removes the webhook; deliveries still waiting are given up. */
    @Transactional
    public void remove(Caller caller) {
        caller.require(Permission.WEBHOOKS);
        long agency = caller.requireAgency();
        outbox.removeWebhook(agency);
        events.publishEvent(new FundsEvents.WebhookChanged(agency, "REMOVED", null, caller.name()));
    }

    private static String url(@Nullable String url) {
        if (url == null || url.isBlank() || url.length() > 2048) {
            throw new InvalidInputException("url", "an http or https URL of at most 2048 characters");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new InvalidInputException("url", "an http or https URL with a host");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "not a URL: " + e.getReason());
        }
    }
}

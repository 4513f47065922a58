package io.clearsky.server.funds.internal;

import static io.clearsky.server.Timestamps.utc;

import io.clearsky.server.Timestamps;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Partners' webhooks and the deliveries waiting for them. A delivery is written in the transaction of the change it
 * announces, so a change is never committed without its delivery nor announced without being committed.
 */
@Repository
public class WebhookOutbox {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    WebhookOutbox(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A partner's webhook. */
    public record Webhook(long agencyId, String url, String secret, Instant updatedAt) {}

    public Optional<Webhook> webhook(long agencyId) {
        return jdbc.sql("select agency_id, url, secret, updated_at from partner_webhook where agency_id = ?")
                .param(agencyId)
                .query((rs, n) -> new Webhook(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .optional();
    }

    public void saveWebhook(long agencyId, String url, String secret, Instant now) {
        int updated = jdbc.sql("update partner_webhook set url = ?, secret = ?, updated_at = ? where agency_id = ?")
                .params(url, secret, utc(now), agencyId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into partner_webhook (agency_id, url, secret, updated_at) values (?, ?, ?, ?)")
                    .params(agencyId, url, secret, utc(now))
                    .update();
        }
    }

    public void removeWebhook(long agencyId) {
        jdbc.sql("delete from partner_webhook where agency_id = ?")
                .param(agencyId)
                .update();
    }

    /** Queues a delivery to the partner if it has a webhook: {@code {"type", "occurredAt", "data"}}. */
    public void enqueue(long agencyId, String type, Object data, Instant now) {
        if (webhook(agencyId).isEmpty()) {
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("occurredAt", now.toString());
        payload.put("data", data);
        jdbc.sql("insert into webhook_delivery (agency_id, event_type, payload, created_at, status, attempts,"
                        + " next_attempt_at) values (?, ?, ?, ?, 'PENDING', 0, ?)")
                .params(agencyId, type, json.writeValueAsString(payload), utc(now), utc(now))
                .update();
    }

    /** A delivery as stored. */
    public record Delivery(
            long id,
            long agencyId,
            String eventType,
            String payload,
            Instant createdAt,
            String status,
            int attempts,
            Instant nextAttemptAt,
            @Nullable String lastError,
            @Nullable Instant deliveredAt) {}

    private static final String COLUMNS = "id, agency_id, event_type, payload, created_at, status, attempts,"
            + " next_attempt_at, last_error, delivered_at";

    /** Pending deliveries whose time has come, oldest first. */
    public List<Delivery> due(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from webhook_delivery where status = 'PENDING' and next_attempt_at <= ?"
                        + " order by id limit ?")
                .params(utc(now), limit)
                .query(WebhookOutbox::delivery)
                .list();
    }

    /** Takes a due delivery for this replica until {@code leaseUntil}; false when another replica took it. */
    public boolean claim(Delivery d, Instant leaseUntil) {
        return jdbc.sql("update webhook_delivery set next_attempt_at = ? where id = ? and status = 'PENDING'"
                                + " and next_attempt_at = ?")
                        .params(utc(leaseUntil), d.id(), utc(d.nextAttemptAt()))
                        .update()
                == 1;
    }

    public void delivered(long id, int attempts, Instant now) {
        jdbc.sql("update webhook_delivery set status = 'DELIVERED', attempts = ?, delivered_at = ?, last_error = null"
                        + " where id = ?")
                .params(attempts, utc(now), id)
                .update();
    }

    public void failed(long id, int attempts, String error, @Nullable Instant retryAt) {
        String message = error.length() > 500 ? error.substring(0, 500) : error;
        jdbc.sql("update webhook_delivery set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?"
                        + " where id = ?")
                .params(
                        retryAt == null ? "FAILED" : "PENDING",
                        attempts,
                        message,
                        utc(retryAt == null ? Instant.now() : retryAt),
                        id)
                .update();
    }

    /** A partner's latest deliveries, newest first. */
    public List<Delivery> recent(long agencyId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from webhook_delivery where agency_id = ? order by id desc limit ?")
                .params(agencyId, limit)
                .query(WebhookOutbox::delivery)
                .list();
    }

    private static Delivery delivery(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Delivery(
                rs.getLong("id"),
                rs.getLong("agency_id"),
                rs.getString("event_type"),
                rs.getString("payload"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(),
                rs.getString("last_error"),
                Timestamps.instant(rs, "delivered_at"));
    }
}

package io.clearsky.server.bulletins.internal;

import static io.clearsky.server.Timestamps.utc;

import io.clearsky.server.SqlLists;
import io.clearsky.server.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Bulletins as stored, with their delivery and read counts. */
@Repository
public class Bulletins {

    private static final String COLUMNS = "id, agency_id, region_code, scam_type, title_zh, title_en, body_zh, body_en,"
            + " starts_at, ends_at, published_by, published_at, withdrawn_by, withdrawn_at, delivery_count, read_count";

    private final JdbcClient jdbc;

    Bulletins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored bulletin. */
    public record Stored(
            long id,
            long agencyId,
            String regionCode,
            String scamType,
            String titleZh,
            String titleEn,
            String bodyZh,
            String bodyEn,
            Instant startsAt,
            Instant endsAt,
            String publishedBy,
            Instant publishedAt,
            @Nullable String withdrawnBy,
            @Nullable Instant withdrawnAt,
            long deliveries,
            long reads) {}

    /** What a publisher sends, checked. */
    public record New(
            long agencyId,
            String regionCode,
            String scamType,
            String titleZh,
            String titleEn,
            String bodyZh,
            String bodyEn,
            Instant startsAt,
            Instant endsAt) {}

    /** Stores a bulletin and returns it. */
    public Stored insert(New b, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into bulletin (agency_id, region_code, scam_type, title_zh, title_en, body_zh, body_en,"
                        + " starts_at, ends_at, published_by, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        b.agencyId(),
                        b.regionCode(),
                        b.scamType(),
                        b.titleZh(),
                        b.titleEn(),
                        b.bodyZh(),
                        b.bodyEn(),
                        utc(b.startsAt()),
                        utc(b.endsAt()),
                        actor,
                        utc(now))
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from bulletin where id = ?")
                .param(id)
                .query(Bulletins::map)
                .optional();
    }

    /** Marks the bulletin withdrawn unless it already is; whether this call withdrew it. */
    public boolean withdraw(long id, String actor, Instant now) {
        return jdbc.sql("update bulletin set withdrawn_by = ?, withdrawn_at = ? where id = ? and withdrawn_at is null")
                        .params(actor, utc(now), id)
                        .update()
                > 0;
    }

    /**
     * A page of bulletins, newest first: of the agencies given (all for null), covering or inside a region, of a
     * status at {@code now} and a scam type.
     */
    public List<Stored> list(
            @Nullable Collection<Long> agencies,
            @Nullable String regionPrefix,
            @Nullable String status,
            @Nullable String scamType,
            Instant now,
            long offset,
            int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(agencies, regionPrefix, status, scamType, now, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + COLUMNS + " from bulletin" + where + " order by id desc limit ? offset ?")
                .params(params)
                .query(Bulletins::map)
                .list();
    }

    public long count(
            @Nullable Collection<Long> agencies,
            @Nullable String regionPrefix,
            @Nullable String status,
            @Nullable String scamType,
            Instant now) {
        List<Object> params = new ArrayList<>();
        String where = where(agencies, regionPrefix, status, scamType, now, params);
        return jdbc.sql("select count(*) from bulletin" + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** The bulletins active at {@code now} whose region is one of the codes. */
    public List<Stored> activeIn(Collection<String> regionCodes, Instant now) {
        List<Object> params = new ArrayList<>();
        params.add(utc(now));
        params.add(utc(now));
        String in = SqlLists.in("region_code", regionCodes, params);
        return jdbc.sql("select " + COLUMNS + " from bulletin where withdrawn_at is null and starts_at <= ?"
                        + " and ends_at > ? and " + in + " order by id")
                .params(params)
                .query(Bulletins::map)
                .list();
    }

    /**
     * Counts a delivery of a bulletin still active at {@code now}; false when it was withdrawn or ended meanwhile.
     * The update locks the bulletin's row before its marker is written, so a delivery and a withdrawal (which updates
     * the same row, then deletes the markers) run one after the other: a delivery that waited sees the withdrawal and
     * writes nothing, and a withdrawal that waited deletes the delivery's committed marker.
     */
    public boolean countDelivery(long id, Instant now) {
        return jdbc.sql("update bulletin set delivery_count = delivery_count + 1 where id = ? and withdrawn_at is null"
                                + " and ends_at > ?")
                        .params(id, utc(now))
                        .update()
                == 1;
    }

    public void countRead(long id) {
        jdbc.sql("update bulletin set read_count = read_count + 1 where id = ?")
                .param(id)
                .update();
    }

    /**
     * Deletes every delivery marker of a bulletin withdrawn or ended by {@code now}, whatever its {@code
     * markers_purged} says: a delivery that read the bulletin as active just before its end may commit its marker
     * after an earlier sweep. How many were deleted.
     */
    public int purgeEndedMarkers(Instant now) {
        int deleted = jdbc.sql("delete from bulletin_marker where bulletin_id in (select id from bulletin where"
                        + " withdrawn_at is not null or ends_at <= ?)")
                .param(utc(now))
                .update();
        jdbc.sql("update bulletin set markers_purged = true where markers_purged = false and (withdrawn_at is not null"
                        + " or ends_at <= ?)")
                .param(utc(now))
                .update();
        return deleted;
    }

    /** Deletes the bulletin's delivery markers and records that they are gone; how many were deleted. */
    public int purgeMarkers(long id) {
        int deleted = jdbc.sql("delete from bulletin_marker where bulletin_id = ?")
                .param(id)
                .update();
        jdbc.sql("update bulletin set markers_purged = true where id = ?")
                .param(id)
                .update();
        return deleted;
    }

    /** How many delivery markers the bulletin has (tests and the docs' privacy check). */
    public long markers(long id) {
        return jdbc.sql("select count(*) from bulletin_marker where bulletin_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    /** The request key of the marker, or empty when the subscriber has no marker for the bulletin. */
    public Optional<Optional<String>> marker(long id, String subscriberKey) {
        return jdbc.sql("select request_key from bulletin_marker where bulletin_id = ? and subscriber_key = ?")
                .params(id, subscriberKey)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional();
    }

    /** Adds a marker; a concurrent one for the same subscriber fails with a duplicate key. */
    public void mark(long id, String subscriberKey, @Nullable String requestKey) {
        jdbc.sql("insert into bulletin_marker (bulletin_id, subscriber_key, request_key, was_read) values (?, ?, ?,"
                        + " false)")
                .params(id, subscriberKey, requestKey)
                .update();
    }

    /** Marks the delivery read; whether it was unread (so the read counts). */
    public boolean markRead(long id, String subscriberKey) {
        return jdbc.sql("update bulletin_marker set was_read = true where bulletin_id = ? and subscriber_key = ?"
                                + " and was_read = false")
                        .params(id, subscriberKey)
                        .update()
                > 0;
    }

    /** The secret of the marker hashes, if one was made. */
    public Optional<String> secret() {
        return jdbc.sql("select secret from bulletin_secret where id = 1")
                .query(String.class)
                .optional();
    }

    /** Stores the secret; a concurrent first start fails with a duplicate key, and the other's is read instead. */
    public void storeSecret(String secret) {
        jdbc.sql("insert into bulletin_secret (id, secret) values (1, ?)")
                .param(secret)
                .update();
    }

    private static String where(
            @Nullable Collection<Long> agencies,
            @Nullable String regionPrefix,
            @Nullable String status,
            @Nullable String scamType,
            Instant now,
            List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (agencies != null) {
            clauses.add(agencies.isEmpty() ? "1 = 0" : SqlLists.in("agency_id", agencies, params));
        }
        if (regionPrefix != null) {
            // a region filter finds the bulletins inside the region and those covering it
            clauses.add("(region_code like ? or region_code in (?, ?, ?))");
            params.add(regionPrefix + "%");
            String code = (regionPrefix + "000000").substring(0, 6);
            params.add(code.substring(0, 2) + "0000");
            params.add(code.substring(0, 4) + "00");
            params.add(code);
        }
        if (scamType != null) {
            clauses.add("scam_type = ?");
            params.add(scamType);
        }
        if (status != null) {
            switch (status) {
                case "WITHDRAWN" -> clauses.add("withdrawn_at is not null");
                case "SCHEDULED" -> {
                    clauses.add("withdrawn_at is null and starts_at > ?");
                    params.add(utc(now));
                }
                case "ENDED" -> {
                    clauses.add("withdrawn_at is null and ends_at <= ?");
                    params.add(utc(now));
                }
                default -> {
                    clauses.add("withdrawn_at is null and starts_at <= ? and ends_at > ?");
                    params.add(utc(now));
                    params.add(utc(now));
                }
            }
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static Stored map(ResultSet rs, int row) throws SQLException {
        return new Stored(
                rs.getLong("id"),
                rs.getLong("agency_id"),
                rs.getString("region_code"),
                rs.getString("scam_type"),
                rs.getString("title_zh"),
                rs.getString("title_en"),
                rs.getString("body_zh"),
                rs.getString("body_en"),
                Timestamps.required(rs, "starts_at"),
                Timestamps.required(rs, "ends_at"),
                rs.getString("published_by"),
                Timestamps.required(rs, "published_at"),
                rs.getString("withdrawn_by"),
                Timestamps.instant(rs, "withdrawn_at"),
                rs.getLong("delivery_count"),
                rs.getLong("read_count"));
    }
}

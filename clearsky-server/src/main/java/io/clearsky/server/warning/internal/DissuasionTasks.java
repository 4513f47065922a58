package io.clearsky.server.warning.internal;

import static io.clearsky.server.Timestamps.utc;

import io.clearsky.core.warning.Priority;
import io.clearsky.server.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dissuasion tasks (劝阻), one per decision that asked for one, queued per centre by priority then age. */
@Repository
public class DissuasionTasks {

    private static final String COLUMNS = "id, decision_id, centre_id, partner_id, event_id, priority, status,"
            + " contact, region, fallback, scam_type, amount_minor, payee, reasons, created_at, taken_by, taken_at,"
            + " outcome, note, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    DissuasionTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A task as stored; {@code reasons} is the decision's reasons as JSON. */
    public record Task(
            long id,
            long decisionId,
            long centreId,
            long partnerId,
            String eventId,
            Priority priority,
            String status,
            String contact,
            @Nullable String region,
            boolean fallback,
            @Nullable String scamType,
            @Nullable Long amountMinor,
            @Nullable String payee,
            String reasons,
            Instant createdAt,
            @Nullable String takenBy,
            @Nullable Instant takenAt,
            @Nullable String outcome,
            @Nullable String note,
            @Nullable String recordedBy,
            @Nullable Instant recordedAt) {}

    /** Whether a task exists for the decision. */
    public boolean existsFor(long decisionId) {
        return jdbc.sql("select count(*) from dissuasion_task where decision_id = ?")
                        .param(decisionId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Inserts a new OPEN task and returns its id; a second task for a decision fails with a duplicate key. */
    public long insert(
            long decisionId,
            long centreId,
            long partnerId,
            String eventId,
            Priority priority,
            String contact,
            @Nullable String region,
            boolean fallback,
            @Nullable String scamType,
            @Nullable Long amountMinor,
            @Nullable String payee,
            String reasons,
            Instant now) {
        jdbc.sql("insert into dissuasion_task (decision_id, centre_id, partner_id, event_id, priority, priority_rank,"
                        + " status, contact, region, fallback, scam_type, amount_minor, payee, reasons, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        decisionId,
                        centreId,
                        partnerId,
                        eventId,
                        priority.name(),
                        priority.ordinal(),
                        contact,
                        region,
                        fallback,
                        scamType,
                        amountMinor,
                        payee,
                        reasons,
                        utc(now))
                .update();
        return jdbc.sql("select id from dissuasion_task where decision_id = ?")
                .param(decisionId)
                .query(Long.class)
                .single();
    }

    public Optional<Task> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from dissuasion_task where id = ?")
                .param(id)
                .query(DissuasionTasks::task)
                .optional();
    }

    /** A centre's tasks (all centres' when null): HIGH before MEDIUM before LOW, oldest first within each. */
    public List<Task> page(
            @Nullable Collection<Long> centres,
            @Nullable String status,
            @Nullable Priority priority,
            int page,
            int size) {
        List<Object> params = new ArrayList<>();
        String where = where(centres, status, priority, params);
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("select " + COLUMNS + " from dissuasion_task" + where
                        + " order by priority_rank, created_at, id limit ? offset ?")
                .params(params)
                .query(DissuasionTasks::task)
                .list();
    }

    public long count(@Nullable Collection<Long> centres, @Nullable String status, @Nullable Priority priority) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from dissuasion_task" + where(centres, status, priority, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Marks an OPEN task TAKEN by a caller; false when it was not OPEN any more. */
    public boolean take(long id, String by, Instant now) {
        return jdbc.sql("update dissuasion_task set status = 'TAKEN', taken_by = ?, taken_at = ?"
                                + " where id = ? and status = 'OPEN'")
                        .params(by, utc(now), id)
                        .update()
                == 1;
    }

    /** Closes a task that has no outcome yet with one; false when another was recorded meanwhile. */
    public boolean record(long id, String outcome, @Nullable String note, String by, Instant now) {
        return jdbc.sql("update dissuasion_task set status = 'DONE', outcome = ?, note = ?, recorded_by = ?,"
                                + " recorded_at = ?, taken_by = coalesce(taken_by, ?), taken_at = coalesce(taken_at, ?)"
                                + " where id = ? and outcome is null")
                        .params(outcome, note, by, utc(now), by, utc(now), id)
                        .update()
                == 1;
    }

    /** Tasks by status, and closed ones by outcome, of a centre (all when null), created in [from, to). */
    public Map<String, Long> figures(@Nullable Collection<Long> centres, Instant from, Instant to, String column) {
        List<Object> params = new ArrayList<>();
        params.add(utc(from));
        params.add(utc(to));
        String centre = centres == null ? "" : " and " + io.clearsky.server.SqlLists.in("centre_id", centres, params);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select " + column + ", count(*) from dissuasion_task where created_at >= ? and created_at < ?"
                        + centre + " and " + column + " is not null group by " + column + " order by " + column)
                .params(params)
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    private static String where(
            @Nullable Collection<Long> centres,
            @Nullable String status,
            @Nullable Priority priority,
            List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (centres != null) {
            conditions.add(io.clearsky.server.SqlLists.in("centre_id", centres, params));
        }
        if (status != null) {
            conditions.add("status = ?");
            params.add(status);
        }
        if (priority != null) {
            conditions.add("priority_rank = ?");
            params.add(priority.ordinal());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Task task(ResultSet rs, int row) throws SQLException {
        long amount = rs.getLong("amount_minor");
        Long amountMinor = rs.wasNull() ? null : amount;
        return new Task(
                rs.getLong("id"),
                rs.getLong("decision_id"),
                rs.getLong("centre_id"),
                rs.getLong("partner_id"),
                rs.getString("event_id"),
                Priority.valueOf(rs.getString("priority")),
                rs.getString("status"),
                rs.getString("contact"),
                rs.getString("region"),
                rs.getBoolean("fallback"),
                rs.getString("scam_type"),
                amountMinor,
                rs.getString("payee"),
                rs.getString("reasons"),
                Timestamps.required(rs, "created_at"),
                rs.getString("taken_by"),
                Timestamps.instant(rs, "taken_at"),
                rs.getString("outcome"),
                rs.getString("note"),
                rs.getString("recorded_by"),
                Timestamps.instant(rs, "recorded_at"));
    }
}

package io.clearsky.server.funds.internal;

import static io.clearsky.server.Timestamps.instant;
import static io.clearsky.server.Timestamps.utc;

import io.clearsky.server.funds.AssistanceStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Assistance requests, their answers and the answers' files. */
@Repository
public class AssistanceRequests {

    private static final String COLUMNS = "id, request_no, agency_id, partner_id, case_id, subject_kind, subject_value,"
            + " asks, window_from, window_to, note, requested_by, requested_at, deadline, status, answered_at,"
            + " answered_by, answer, answer_hash, request_hash";

    private final JdbcClient jdbc;

    AssistanceRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request as stored; {@code answer} is the answer's JSON. */
    public record Stored(
            long id,
            String requestNo,
            long agencyId,
            long partnerId,
            @Nullable Long caseId,
            String subjectKind,
            String subject,
            List<String> asks,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable String note,
            String requestedBy,
            Instant requestedAt,
            Instant deadline,
            AssistanceStatus status,
            @Nullable Instant answeredAt,
            @Nullable String answeredBy,
            @Nullable String answer,
            @Nullable String answerHash,
            @Nullable String requestHash) {}

    /** Records a request and numbers it: XC (协查), the year, its id. */
    public Stored insert(Stored r, @Nullable String idempotencyKey) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into assistance_request (agency_id, partner_id, case_id, subject_kind, subject_value, asks,"
                        + " window_from, window_to, note, requested_by, requested_at, deadline, status,"
                        + " idempotency_key, request_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.agencyId(),
                        r.partnerId(),
                        r.caseId(),
                        r.subjectKind(),
                        r.subject(),
                        String.join(",", r.asks()),
                        r.from() == null ? null : utc(r.from()),
                        r.to() == null ? null : utc(r.to()),
                        r.note(),
                        r.requestedBy(),
                        utc(r.requestedAt()),
                        utc(r.deadline()),
                        AssistanceStatus.OPEN.name(),
                        idempotencyKey,
                        r.requestHash())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String no = String.format(
                "XC%d-%06d", r.requestedAt().atZone(ZoneId.of("Asia/Shanghai")).getYear(), id);
        jdbc.sql("update assistance_request set request_no = ? where id = ?")
                .params(no, id)
                .update();
        return find(id).orElseThrow();
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from assistance_request where id = ?")
                .param(id)
                .query(AssistanceRequests::stored)
                .optional();
    }

    public Optional<Stored> findByKey(long agencyId, String key) {
        return jdbc.sql("select " + COLUMNS + " from assistance_request where agency_id = ? and idempotency_key = ?")
                .params(agencyId, key)
                .query(AssistanceRequests::stored)
                .optional();
    }

    /** Records the answer of an open request; false when it is not open any more. */
    public boolean answer(long id, String answeredBy, String answer, String answerHash, Instant at) {
        return jdbc.sql("update assistance_request set status = 'ANSWERED', answered_at = ?, answered_by = ?,"
                                + " answer = ?, answer_hash = ? where id = ? and status = 'OPEN'")
                        .params(utc(at), answeredBy, answer, answerHash, id)
                        .update()
                == 1;
    }

    /** Withdraws an open request; false when it is not open any more. */
    public boolean withdraw(long id) {
        return jdbc.sql("update assistance_request set status = 'WITHDRAWN' where id = ? and status = 'OPEN'")
                        .param(id)
                        .update()
                == 1;
    }

    public void addFile(long requestId, int position, String name, String contentType, byte[] content) {
        jdbc.sql("insert into assistance_file (request_id, position, name, content_type, content)"
                        + " values (?, ?, ?, ?, ?)")
                .params(requestId, position, name, contentType, content)
                .update();
    }

    /** A file's name, type and size. */
    public record FileInfo(int position, String name, String contentType, long size) {}

    public List<FileInfo> files(long requestId) {
        return jdbc.sql("select position, name, content_type, octet_length(content) from assistance_file"
                        + " where request_id = ? order by position")
                .param(requestId)
                .query((rs, n) -> new FileInfo(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** A file with its content. */
    public record FileContent(String name, String contentType, byte[] content) {}

    public Optional<FileContent> file(long requestId, int position) {
        return jdbc.sql("select name, content_type, content from assistance_file where request_id = ? and position = ?")
                .params(requestId, position)
                .query((rs, n) -> new FileContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /**
     * Requests of an agency or to a partner (null: any), optionally of a status or only the overdue ones (open past
     * the deadline): open ones by deadline first, then the rest newest first.
     */
    public List<Stored> page(
            @Nullable Collection<Long> agencies,
            @Nullable Long partnerId,
            @Nullable AssistanceStatus status,
            boolean overdueOnly,
            Instant now,
            int page,
            int size) {
        List<Object> params = new ArrayList<>();
        String where = where(agencies, partnerId, status, overdueOnly, now, params);
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("select " + COLUMNS + " from assistance_request" + where
                        + " order by case when status = 'OPEN' then 0 else 1 end,"
                        + " case when status = 'OPEN' then deadline end, id desc limit ? offset ?")
                .params(params)
                .query(AssistanceRequests::stored)
                .list();
    }

    public long count(
            @Nullable Collection<Long> agencies,
            @Nullable Long partnerId,
            @Nullable AssistanceStatus status,
            boolean overdueOnly,
            Instant now) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from assistance_request"
                        + where(agencies, partnerId, status, overdueOnly, now, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(
            @Nullable Collection<Long> agencies,
            @Nullable Long partnerId,
            @Nullable AssistanceStatus status,
            boolean overdueOnly,
            Instant now,
            List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (agencies != null) {
            conditions.add(io.clearsky.server.SqlLists.in("agency_id", agencies, params));
        }
        if (partnerId != null) {
            conditions.add("partner_id = ?");
            params.add(partnerId);
        }
        if (status != null) {
            conditions.add("status = ?");
            params.add(status.name());
        }
        if (overdueOnly) {
            conditions.add("status = 'OPEN' and deadline < ?");
            params.add(utc(now));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Request times, deadlines and answer times in a window of request times, for statistics. */
    public record Timing(
            Instant requestedAt, Instant deadline, @Nullable Instant answeredAt, AssistanceStatus status) {}

    /** The timings of requests these agencies made (all when null) in [from, to). */
    public List<Timing> timings(@Nullable Collection<Long> agencies, Instant from, Instant to) {
        List<Object> params = new ArrayList<>();
        params.add(utc(from));
        params.add(utc(to));
        String agency = agencies == null ? "" : " and " + io.clearsky.server.SqlLists.in("agency_id", agencies, params);
        return jdbc.sql("select requested_at, deadline, answered_at, status from assistance_request"
                        + " where requested_at >= ? and requested_at < ?" + agency)
                .params(params)
                .query((rs, n) -> new Timing(
                        instant(rs, "requested_at"),
                        instant(rs, "deadline"),
                        instant(rs, "answered_at"),
                        AssistanceStatus.valueOf(rs.getString("status"))))
                .list();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        String asks = rs.getString("asks");
        return new Stored(
                rs.getLong("id"),
                rs.getString("request_no"),
                rs.getLong("agency_id"),
                rs.getLong("partner_id"),
                (Long) rs.getObject("case_id", Long.class),
                rs.getString("subject_kind"),
                rs.getString("subject_value"),
                asks.isEmpty() ? List.of() : List.of(asks.split(",")),
                instant(rs, "window_from"),
                instant(rs, "window_to"),
                rs.getString("note"),
                rs.getString("requested_by"),
                instant(rs, "requested_at"),
                instant(rs, "deadline"),
                AssistanceStatus.valueOf(rs.getString("status")),
                instant(rs, "answered_at"),
                rs.getString("answered_by"),
                rs.getString("answer"),
                rs.getString("answer_hash"),
                rs.getString("request_hash"));
    }
}

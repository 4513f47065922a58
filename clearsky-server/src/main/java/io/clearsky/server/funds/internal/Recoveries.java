package io.clearsky.server.funds.internal;

import static io.clearsky.server.Timestamps.instant;
import static io.clearsky.server.Timestamps.utc;

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

/** Money returned to victims, per case. */
@Repository
public class Recoveries {

    private static final String COLUMNS = "id, case_id, order_id, agency_id, amount_minor, currency, victim_receipt_no,"
            + " returned_at, recorded_by, recorded_at, note, request_hash";

    private final JdbcClient jdbc;

    Recoveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A recovery as stored. */
    public record Recovery(
            long id,
            long caseId,
            @Nullable Long orderId,
            long agencyId,
            long amountMinor,
            String currency,
            @Nullable String victimReceiptNo,
            Instant returnedAt,
            String recordedBy,
            Instant recordedAt,
            @Nullable String note,
            @Nullable String requestHash) {}

    public long insert(Recovery r, @Nullable String idempotencyKey) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into fund_recovery (case_id, order_id, agency_id, amount_minor, currency, victim_receipt_no,"
                        + " returned_at, recorded_by, recorded_at, note, idempotency_key, request_hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.caseId(),
                        r.orderId(),
                        r.agencyId(),
                        r.amountMinor(),
                        r.currency(),
                        r.victimReceiptNo(),
                        utc(r.returnedAt()),
                        r.recordedBy(),
                        utc(r.recordedAt()),
                        r.note(),
                        idempotencyKey,
                        r.requestHash())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Recovery> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from fund_recovery where id = ?")
                .param(id)
                .query(Recoveries::recovery)
                .optional();
    }

    public Optional<Recovery> findByKey(long agencyId, String key) {
        return jdbc.sql("select " + COLUMNS + " from fund_recovery where agency_id = ? and idempotency_key = ?")
                .params(agencyId, key)
                .query(Recoveries::recovery)
                .optional();
    }

    public List<Recovery> ofCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from fund_recovery where case_id = ? order by returned_at, id")
                .param(caseId)
                .query(Recoveries::recovery)
                .list();
    }

    /** What has been returned from an order's money so far. */
    public long returnedFrom(long orderId) {
        return jdbc.sql("select coalesce(sum(amount_minor), 0) from fund_recovery where order_id = ?")
                .param(orderId)
                .query(Long.class)
                .single();
    }

    /** Returns in a window of return times, for some agencies (null: all). */
    public List<Recovery> between(@Nullable Collection<Long> agencies, Instant from, Instant to) {
        List<Object> params = new ArrayList<>();
        params.add(utc(from));
        params.add(utc(to));
        String agency = agencies == null ? "" : " and " + io.clearsky.server.SqlLists.in("agency_id", agencies, params);
        return jdbc.sql("select " + COLUMNS + " from fund_recovery where returned_at >= ? and returned_at < ?" + agency)
                .params(params)
                .query(Recoveries::recovery)
                .list();
    }

    private static Recovery recovery(ResultSet rs, int row) throws SQLException {
        return new Recovery(
                rs.getLong("id"),
                rs.getLong("case_id"),
                (Long) rs.getObject("order_id", Long.class),
                rs.getLong("agency_id"),
                rs.getLong("amount_minor"),
                rs.getString("currency").strip(),
                rs.getString("victim_receipt_no"),
                instant(rs, "returned_at"),
                rs.getString("recorded_by"),
                instant(rs, "recorded_at"),
                rs.getString("note"),
                rs.getString("request_hash"));
    }
}

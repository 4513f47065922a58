package io.clearsky.server.audit.internal;

import io.clearsky.server.Timestamps;
import io.clearsky.server.audit.AuditFilter;
import io.clearsky.server.audit.AuditRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit table and its chain head. Records are inserted unsealed and sealed once; nothing here deletes a record or
 * changes a sealed one.
 */
@Repository
public class AuditRecords {

    private static final String COLUMNS =
            "id, seq, occurred_at, actor, agency_id, address, action, subject, detail," + " previous_hash, record_hash";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * What a new record says before it is sealed. Texts longer than their columns are cut to fit: the record is written
     * in the transaction of the change it records, and a long URL in a subject must not roll that change back.
     */
    public record NewRecord(
            Instant occurredAt,
            String actor,
            @Nullable Long agencyId,
            String address,
            String action,
            String subject,
            @Nullable String detail) {

        public NewRecord {
            actor = fit(actor, 128);
            address = fit(address, 128);
            action = fit(action, 64);
            subject = fit(subject, 256);
            detail = detail == null ? null : fit(detail, 4000);
        }

        private static String fit(String text, int columnWidth) {
            if (text.length() <= columnWidth) {
                return text;
            }
            int end = columnWidth - 1;
            // cut before a surrogate pair rather than through it
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            return text.substring(0, end) + "…";
        }
    }

    /** Inserts unsealed records in the current transaction, in one batch. */
    public void insert(List<NewRecord> records) {
        template.batchUpdate(
                "insert into audit_record (occurred_at, actor, agency_id, address, action, subject, detail)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                records,
                500,
                (ps, r) -> {
                    ps.setObject(1, Timestamps.utc(r.occurredAt()));
                    ps.setString(2, r.actor());
                    setLong(ps, 3, r.agencyId());
                    ps.setString(4, r.address());
                    ps.setString(5, r.action());
                    ps.setString(6, r.subject());
                    ps.setString(7, r.detail());
                });
    }

    /** The chain head as last committed, without a lock. */
    public ChainHead head() {
        return jdbc.sql("select last_seq, last_hash, legacy_until from audit_chain_head where id = 1")
                .query(AuditRecords::chainHead)
                .single();
    }

    /**
     * Locks the chain head for this transaction and returns it, or returns null at once when another sealer (on this
     * replica or another) holds it.
     */
    public @Nullable ChainHead lockHeadUnlessTaken() {
        return jdbc.sql("select last_seq, last_hash, legacy_until from audit_chain_head where id = 1"
                        + " for update skip locked")
                .query(AuditRecords::chainHead)
                .optional()
                .orElse(null);
    }

    /** Committed records not sealed yet, oldest written first. */
    public List<AuditRecord> unsealed(int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_record where seq is null order by id limit ?")
                .param(limit)
                .query(AuditRecords::record)
                .list();
    }

    /** Gives records their chain position and hashes, and moves the head (locked by this transaction) past them. */
    public void seal(List<AuditRecord> sealed, ChainHead head) {
        template.batchUpdate(
                "update audit_record set seq = ?, previous_hash = ?, record_hash = ? where id = ? and seq is null",
                sealed,
                500,
                (ps, r) -> {
                    ps.setLong(1, r.seq());
                    ps.setString(2, r.previousHash());
                    ps.setString(3, r.hash());
                    ps.setLong(4, r.id());
                });
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
                .params(head.lastSeq(), head.lastHash())
                .update();
    }

    /**
     * Hands every sealed record up to {@code lastSeq} to the consumer in chain order, a thousand rows fetched at a time
     * (PostgreSQL streams only inside a transaction: call this in one).
     */
    public void forEachSealed(long lastSeq, Consumer<AuditRecord> consumer) {
        template.query(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(
                            "select " + COLUMNS + " from audit_record where seq is not null and seq <= ? order by seq");
                    ps.setLong(1, lastSeq);
                    ps.setFetchSize(1000);
                    return ps;
                },
                (RowCallbackHandler) rs -> consumer.accept(record(rs, 0)));
    }

    /** How many records wait to be sealed, how many of them were written before {@code stuckBefore}, the oldest. */
    public Unsealed unsealedSummary(Instant stuckBefore) {
        return jdbc.sql("select count(*), coalesce(sum(case when occurred_at < ? then 1 else 0 end), 0),"
                        + " min(occurred_at) from audit_record where seq is null")
                .param(Timestamps.utc(stuckBefore))
                .query((rs, row) -> {
                    OffsetDateTime oldest = rs.getObject(3, OffsetDateTime.class);
                    return new Unsealed(rs.getLong(1), rs.getLong(2), oldest == null ? null : oldest.toInstant());
                })
                .single();
    }

    /** The summary of the records waiting to be sealed. */
    public record Unsealed(long count, long stuck, @Nullable Instant oldest) {}

    /** The newest records that match, newest written first. */
    /** Records matching the filter, of these agencies only (all when null), newest first. */
    public List<AuditRecord> find(AuditFilter filter, @Nullable Collection<Long> agencies, int page, int size) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_record where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (agencies != null) {
            sql.append(" and ").append(io.clearsky.server.SqlLists.in("agency_id", agencies, params));
        }
        where(sql, params, "actor = ?", filter.actor());
        where(sql, params, "action = ?", filter.action());
        where(sql, params, "subject = ?", filter.subject());
        // the trail checks a kind is lower-case letters and hyphens, so it holds no LIKE wildcard
        where(sql, params, "subject like ?", filter.kind() == null ? null : filter.kind() + ":%");
        where(sql, params, "occurred_at >= ?", filter.from() == null ? null : Timestamps.utc(filter.from()));
        where(sql, params, "occurred_at < ?", filter.to() == null ? null : Timestamps.utc(filter.to()));
        sql.append(" order by id desc limit ? offset ?");
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(AuditRecords::record)
                .list();
    }

    private static void where(StringBuilder sql, List<Object> params, String condition, @Nullable Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.add(value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static ChainHead chainHead(ResultSet rs, int row) throws SQLException {
        return new ChainHead(rs.getLong(1), rs.getString(2), rs.getLong(3));
    }

    private static AuditRecord record(ResultSet rs, int row) throws SQLException {
        long seq = rs.getLong(2);
        Long position = rs.wasNull() ? null : seq;
        long agency = rs.getLong(5);
        Long agencyId = rs.wasNull() ? null : agency;
        return new AuditRecord(
                rs.getLong(1),
                position,
                Timestamps.required(rs, "occurred_at"),
                rs.getString(4),
                agencyId,
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11));
    }
}

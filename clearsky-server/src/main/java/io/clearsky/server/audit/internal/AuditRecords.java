package io.clearsky.server.audit.internal;

import io.clearsky.server.audit.AuditRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit table: insert and read only; nothing here updates or deletes. */
@Repository
public class AuditRecords {

    private static final String COLUMNS =
            "seq, occurred_at, actor, action, subject, detail, previous_hash, record_hash";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public @Nullable AuditRecord last() {
        return jdbc.sql("select " + COLUMNS + " from audit_record order by seq desc limit 1")
                .query(AuditRecords::record)
                .optional()
                .orElse(null);
    }

    /** Inserts records in one batch. */
    public void insertAll(List<AuditRecord> records) {
        template.batchUpdate(
                "insert into audit_record (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)", records, 500, (ps, r) -> {
                    ps.setLong(1, r.seq());
                    ps.setObject(2, r.occurredAt().atOffset(ZoneOffset.UTC));
                    ps.setString(3, r.actor());
                    ps.setString(4, r.action());
                    ps.setString(5, r.subject());
                    ps.setString(6, r.detail());
                    ps.setString(7, r.previousHash());
                    ps.setString(8, r.hash());
                });
    }

    public List<AuditRecord> recent(int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from audit_record order by seq desc limit ? offset ?")
                .params(size, (long) page * size)
                .query(AuditRecords::record)
                .list();
    }

    public void forEach(Consumer<AuditRecord> consumer) {
        template.query("select " + COLUMNS + " from audit_record order by seq", (RowCallbackHandler)
                rs -> consumer.accept(record(rs, 0)));
    }

    private static AuditRecord record(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(
                rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }
}

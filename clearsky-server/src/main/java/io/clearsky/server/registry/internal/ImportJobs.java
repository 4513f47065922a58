package io.clearsky.server.registry.internal;

import io.clearsky.server.registry.ImportJob;
import io.clearsky.server.registry.ImportJob.ImportMode;
import io.clearsky.server.registry.ImportJob.RowError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Import jobs and their row errors in the database. */
@Repository
public class ImportJobs {

    /** Row errors kept per job; the count goes on beyond. */
    public static final int MAX_STORED_ERRORS = 10_000;

    private static final String COLUMNS = "id, agency_id, mode, status, file_name, total_rows, processed_rows,"
            + " accepted_rows, rejected_rows, message, created_at, finished_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobs(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public ImportJob create(
            long agencyId,
            ImportMode mode,
            @Nullable String fileName,
            @Nullable String idempotencyKey,
            int totalRows,
            String createdBy,
            Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into import_job (agency_id, mode, status, file_name, idempotency_key, total_rows, processed_rows,"
                                + " accepted_rows, rejected_rows, created_by, created_at) values (?, ?, 'QUEUED', ?, ?, ?, 0, 0, 0, ?, ?)")
                .params(agencyId, mode.name(), fileName, idempotencyKey, totalRows, createdBy, Indicators.utc(now))
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    public Optional<ImportJob> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from import_job where id = ?")
                .param(id)
                .query(ImportJobs::job)
                .optional();
    }

    public Optional<ImportJob> findByIdempotencyKey(long agencyId, String key) {
        return jdbc.sql("select " + COLUMNS + " from import_job where agency_id = ? and idempotency_key = ?")
                .params(agencyId, key)
                .query(ImportJobs::job)
                .optional();
    }

    /** The newest jobs of these agencies (all when null). */
    public List<ImportJob> recent(@Nullable Collection<Long> agencies, int limit) {
        List<Object> params = new ArrayList<>();
        String where =
                agencies == null ? "" : " where " + io.clearsky.server.SqlLists.in("agency_id", agencies, params);
        params.add(limit);
        return jdbc.sql("select " + COLUMNS + " from import_job" + where + " order by id desc limit ?")
                .params(params)
                .query(ImportJobs::job)
                .list();
    }

    public void running(long id) {
        jdbc.sql("update import_job set status = 'RUNNING' where id = ?")
                .param(id)
                .update();
    }

    public void progress(long id, int processed, int accepted, int rejected) {
        jdbc.sql("update import_job set processed_rows = ?, accepted_rows = ?, rejected_rows = ? where id = ?")
                .params(processed, accepted, rejected, id)
                .update();
    }

    public void finish(long id, String status, int processed, int accepted, int rejected, String message, Instant now) {
        jdbc.sql(
                        "update import_job set status = ?, processed_rows = ?, accepted_rows = ?, rejected_rows = ?, message = ?,"
                                + " finished_at = ? where id = ?")
                .params(status, processed, accepted, rejected, message, Indicators.utc(now), id)
                .update();
    }

    /** Jobs a stopped server left unfinished. */
    public List<ImportJob> unfinished() {
        return jdbc.sql("select " + COLUMNS + " from import_job where status in ('QUEUED', 'RUNNING')")
                .query(ImportJobs::job)
                .list();
    }

    public void addErrors(long jobId, List<RowError> errors) {
        template.batchUpdate(
                "insert into import_row_error (job_id, line_number, field, input, message) values (?, ?, ?, ?, ?)",
                errors,
                1000,
                (ps, e) -> {
                    ps.setLong(1, jobId);
                    ps.setInt(2, e.line());
                    ps.setString(3, e.field());
                    ps.setString(4, e.input() == null ? null : truncate(e.input(), 300));
                    ps.setString(5, truncate(e.message(), 300));
                });
    }

    public List<RowError> errors(long jobId, int page, int size) {
        return jdbc.sql("select line_number, field, input, message from import_row_error where job_id = ?"
                        + " order by line_number, field limit ? offset ?")
                .params(jobId, size, (long) page * size)
                .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static ImportJob job(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ImportJob(
                rs.getLong("id"),
                rs.getLong("agency_id"),
                ImportMode.valueOf(rs.getString("mode")),
                rs.getString("status"),
                rs.getString("file_name"),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("accepted_rows"),
                rs.getInt("rejected_rows"),
                rs.getString("message"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant());
    }
}

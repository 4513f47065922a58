package io.clearsky.server.reports.internal;

import static io.clearsky.server.SqlLists.marks;
import static io.clearsky.server.SqlLists.rows;
import static io.clearsky.server.SqlLists.valuesTable;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.reports.FiledReport;
import io.clearsky.server.reports.PaymentMethod;
import io.clearsky.server.reports.ReportStatistics;
import io.clearsky.server.reports.ReportStatus;
import io.clearsky.server.reports.ReportTracking;
import io.clearsky.server.reports.ReportView;
import io.clearsky.server.reports.ReportedIdentifier;
import io.clearsky.server.reports.ReportedKind;
import io.clearsky.server.reports.ReporterContact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reports, their identifiers, their reporters' contacts and their status history, written in batches. */
@Repository
public class Reports {

    private static final String COLUMNS = "id, receipt_no, received_at, occurred_at, scam_type, loss_amount, currency,"
            + " payment_method, region_code, narrative, status, case_no, victim_key, source_agency_id";

    private static final String ROW_OF_16 = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Reports(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Inserts the reports with everything that belongs to them, and returns their ids in the same order. */
    public List<Long> insertAll(List<Filing> filings) {
        Map<String, Long> ids = new HashMap<>();
        for (List<Filing> chunk : chunks(filings)) {
            ids.putAll(insertReports(chunk));
        }
        List<Long> ordered = filings.stream().map(f -> ids.get(f.receiptNo())).toList();

        List<Object[]> identifiers = new ArrayList<>();
        List<Object[]> contacts = new ArrayList<>();
        List<Object[]> statuses = new ArrayList<>();
        for (int i = 0; i < filings.size(); i++) {
            Filing f = filings.get(i);
            long id = ordered.get(i);
            for (int p = 0; p < f.identifiers().size(); p++) {
                ReportedIdentifier identifier = f.identifiers().get(p);
                identifiers.add(new Object[] {
                    id, p, identifier.kind().name(), identifier.raw(), identifier.value(), identifier.problem()
                });
            }
            contacts.add(new Object[] {id, f.reporterName(), f.reporterPhone()});
            statuses.add(new Object[] {id, 0, utc(f.receivedAt()), ReportStatus.RECEIVED.name(), null, null});
        }
        template.batchUpdate(
                "insert into report_identifier (report_id, position, kind, raw_value, identifier_value, problem)"
                        + " values (?, ?, ?, ?, ?, ?)",
                identifiers);
        template.batchUpdate("insert into reporter_contact (report_id, name, phone) values (?, ?, ?)", contacts);
        template.batchUpdate(
                "insert into report_status_change (report_id, seq, changed_at, status, case_no, note)"
                        + " values (?, ?, ?, ?, ?, ?)",
                statuses);
        return ordered;
    }

    /**
     * One multi-row insert that hands back each new row's id with its receipt number, so no order is assumed and no
     * second query is needed (a lookup by receipt numbers runs on whatever plan the table's statistics gave it, and on
     * a young table that was a scan).
     */
    private Map<String, Long> insertReports(List<Filing> chunk) {
        List<Object> params = new ArrayList<>(chunk.size() * 16);
        for (Filing f : chunk) {
            params.add(f.receiptNo());
            params.add(utc(f.receivedAt()));
            params.add(utc(f.occurredAt()));
            params.add(f.occurredMonth());
            params.add(f.scamType().name());
            params.add(f.lossAmount());
            params.add(f.currency());
            params.add(f.paymentMethod().name());
            params.add(f.region());
            params.add(f.narrative());
            params.add(f.victimKey());
            params.add(f.sourceAgencyId());
            params.add(ReportStatus.RECEIVED.name());
            params.add(f.idempotencyScope());
            params.add(f.idempotencyKey());
            params.add(f.requestHash());
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into report (receipt_no, received_at, occurred_at, occurred_month, scam_type, loss_amount,"
                        + " currency, payment_method, region_code, narrative, victim_key, source_agency_id, status,"
                        + " idempotency_scope, idempotency_key, request_hash) values "
                        + rows(chunk.size(), ROW_OF_16))
                .params(params)
                .update(keys, "id", "receipt_no");
        Map<String, Long> ids = new HashMap<>();
        for (Map<String, Object> row : keys.getKeyList()) {
            ids.put((String) row.get("receipt_no"), ((Number) row.get("id")).longValue());
        }
        return ids;
    }

    /** A report filed earlier under an idempotency key: its id and the hash of what was sent. */
    public record Earlier(long id, String requestHash) {}

    /** The reports filed earlier under these keys of one scope, by key. */
    public Map<String, Earlier> findByIdempotencyKeys(String scope, Collection<String> keys) {
        Map<String, Earlier> found = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(keys))) {
            List<Object> params = new ArrayList<>(chunk);
            params.add(scope);
            // a join, not "idempotency_key in (...)": H2 would read every report of the scope (SqlLists.valuesTable)
            jdbc.sql("select idempotency_key, id, request_hash from " + valuesTable(chunk, "wanted", "wanted_key")
                            + " join report on idempotency_scope = ? and idempotency_key = wanted.wanted_key")
                    .params(params)
                    .query((rs, n) -> found.put(rs.getString(1), new Earlier(rs.getLong(2), rs.getString(3))))
                    .list();
        }
        return found;
    }

    public Optional<ReportView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from report where id = ?")
                .param(id)
                .query(this::view)
                .optional()
                .map(v -> withIdentifiers(List.of(v)).get(0));
    }

    public Optional<Long> idOfReceipt(String receiptNo) {
        return jdbc.sql("select id from report where receipt_no = ?")
                .param(receiptNo)
                .query(Long.class)
                .optional();
    }

    /** The reports with these ids, with their identifiers, in no particular order; ids of no report are left out. */
    public List<ReportView> findAll(Collection<Long> ids) {
        List<ReportView> views = new ArrayList<>(ids.size());
        for (List<Long> chunk : chunks(List.copyOf(ids))) {
            views.addAll(jdbc.sql("select " + COLUMNS + " from report where id in (" + marks(chunk) + ")")
                    .params(chunk)
                    .query(this::view)
                    .list());
        }
        return withIdentifiers(views);
    }

    /** The reports other modules read after {@code ReportsFiled}, in the order of the ids given. */
    public List<FiledReport> filed(Collection<Long> ids) {
        Map<Long, List<ReportedIdentifier>> identifiers = identifiersOf(ids);
        Map<Long, FiledReport> found = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(ids))) {
            jdbc.sql("select " + COLUMNS + " from report where id in (" + marks(chunk) + ")")
                    .params(chunk)
                    .query((rs, n) -> new FiledReport(
                            rs.getLong("id"),
                            rs.getString("receipt_no"),
                            instant(rs, "received_at"),
                            instant(rs, "occurred_at"),
                            ScamType.valueOf(rs.getString("scam_type")),
                            rs.getBigDecimal("loss_amount"),
                            rs.getString("currency"),
                            rs.getString("region_code"),
                            rs.getString("victim_key"),
                            (Long) rs.getObject("source_agency_id", Long.class),
                            identifiers.getOrDefault(rs.getLong("id"), List.of())))
                    .list()
                    .forEach(r -> found.put(r.id(), r));
        }
        return ids.stream().map(found::get).filter(r -> r != null).toList();
    }

    /** Reports matching a filter, newest first. */
    public List<ReportView> page(ReportFilter filter, int page, int size) {
        List<Object> params = new ArrayList<>(filter.params());
        params.add(size);
        params.add((long) page * size);
        List<ReportView> views = jdbc.sql("select " + COLUMNS + " from report" + filter.where()
                        + " order by received_at desc, id desc limit ? offset ?")
                .params(params)
                .query(this::view)
                .list();
        return withIdentifiers(views);
    }

    public long count(ReportFilter filter) {
        return jdbc.sql("select count(*) from report" + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    public Optional<ReporterContact> contact(long reportId) {
        return jdbc.sql("select c.report_id, r.receipt_no, c.name, c.phone from reporter_contact c"
                        + " join report r on r.id = c.report_id where c.report_id = ?")
                .param(reportId)
                .query((rs, n) -> new ReporterContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** The phone number a report was filed with and the report's tracking view, for a reporter who knows both. */
    public Optional<Tracked> tracking(String receiptNo) {
        return jdbc.sql("select r.id, r.receipt_no, r.received_at, r.scam_type, r.status, r.case_no, c.phone"
                        + " from report r join reporter_contact c on c.report_id = r.id where r.receipt_no = ?")
                .param(receiptNo)
                .query((rs, n) -> {
                    ReportStatus status = ReportStatus.valueOf(rs.getString("status"));
                    return new Tracked(
                            rs.getString("phone"),
                            new ReportTracking(
                                    rs.getString("receipt_no"),
                                    instant(rs, "received_at"),
                                    ScamType.valueOf(rs.getString("scam_type")),
                                    status,
                                    status.nameZh(),
                                    status.nameEn(),
                                    rs.getString("case_no"),
                                    history(rs.getLong("id"))));
                })
                .optional();
    }

    /** A report's tracking view with the phone number to check the reporter against. */
    public record Tracked(String phone, ReportTracking tracking) {}

    private List<ReportTracking.Step> history(long reportId) {
        return jdbc.sql("select changed_at, status, case_no, note from report_status_change where report_id = ?"
                        + " order by seq")
                .param(reportId)
                .query((rs, n) -> new ReportTracking.Step(
                        instant(rs, "changed_at"),
                        ReportStatus.valueOf(rs.getString("status")),
                        rs.getString("case_no"),
                        rs.getString("note")))
                .list();
    }

    /** Records a status change on each report; returns how many reports it touched. */
    public int progress(
            Collection<Long> reportIds, ReportStatus status, String caseNo, @Nullable String note, Instant at) {
        if (reportIds.isEmpty()) {
            return 0;
        }
        Map<Long, Integer> next = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(reportIds))) {
            jdbc.sql("select report_id, max(seq) from report_status_change where report_id in (" + marks(chunk)
                            + ") group by report_id")
                    .params(chunk)
                    .query((rs, n) -> next.put(rs.getLong(1), rs.getInt(2) + 1))
                    .list();
        }
        List<Long> present = reportIds.stream().filter(next::containsKey).toList();
        template.batchUpdate(
                "update report set status = ?, case_no = ? where id = ?",
                present.stream()
                        .map(id -> new Object[] {status.name(), caseNo, id})
                        .toList());
        template.batchUpdate(
                "insert into report_status_change (report_id, seq, changed_at, status, case_no, note)"
                        + " values (?, ?, ?, ?, ?, ?)",
                present.stream()
                        .map(id -> new Object[] {id, next.get(id), utc(at), status.name(), caseNo, note})
                        .toList());
        return present.size();
    }

    /** Reports, victims and yuan lost over a period, grouped three ways. */
    public ReportStatistics statistics(LocalDate from, LocalDate to, @Nullable String regionPrefix) {
        String where =
                " where occurred_at >= ? and occurred_at < ?" + (regionPrefix == null ? "" : " and region_code like ?");
        List<Object> params = new ArrayList<>();
        params.add(utc(from.atStartOfDay(Filing.ZONE).toInstant()));
        params.add(utc(to.plusDays(1).atStartOfDay(Filing.ZONE).toInstant()));
        if (regionPrefix != null) {
            params.add(regionPrefix + "%");
        }
        List<Group> total = grouped("'all'", where, params);
        Group all = total.isEmpty() ? new Group("all", 0, 0, BigDecimal.ZERO) : total.get(0);
        Function<Group, ReportStatistics.Row> row = g -> new ReportStatistics.Row(
                g.key(),
                label(g.key()),
                g.reports(),
                g.victims(),
                g.lossCny(),
                all.reports() == 0 ? 0 : (double) g.reports() / all.reports(),
                all.lossCny().signum() == 0
                        ? 0
                        : g.lossCny()
                                .divide(all.lossCny(), 6, RoundingMode.HALF_EVEN)
                                .doubleValue());
        return new ReportStatistics(
                from,
                to,
                regionPrefix,
                row.apply(all),
                grouped("scam_type", where, params).stream()
                        .sorted((a, b) -> Long.compare(b.reports(), a.reports()))
                        .map(row)
                        .toList(),
                grouped("region_code", where, params).stream()
                        .sorted((a, b) -> Long.compare(b.reports(), a.reports()))
                        .map(row)
                        .toList(),
                grouped("occurred_month", where, params).stream()
                        .sorted((a, b) -> a.key().compareTo(b.key()))
                        .map(row)
                        .toList());
    }

    /**
     * Reports per day in China Standard Time, from the seconds since the epoch shifted by eight hours: EXTRACT(EPOCH)
     * is the same in H2 and PostgreSQL, a time-zone conversion is not.
     */
    public List<ReportStatistics.Row> daily(LocalDate from, LocalDate to, @Nullable String regionPrefix) {
        String where =
                " where occurred_at >= ? and occurred_at < ?" + (regionPrefix == null ? "" : " and region_code like ?");
        List<Object> params = new ArrayList<>();
        params.add(utc(from.atStartOfDay(Filing.ZONE).toInstant()));
        params.add(utc(to.plusDays(1).atStartOfDay(Filing.ZONE).toInstant()));
        if (regionPrefix != null) {
            params.add(regionPrefix + "%");
        }
        List<Group> days =
                grouped("cast(floor((extract(epoch from occurred_at) + 28800) / 86400) as bigint)", where, params);
        long all = days.stream().mapToLong(Group::reports).sum();
        BigDecimal lost = days.stream().map(Group::lossCny).reduce(BigDecimal.ZERO, BigDecimal::add);
        return days.stream()
                .sorted((a, b) -> Long.compare(Long.parseLong(a.key()), Long.parseLong(b.key())))
                .map(g -> new ReportStatistics.Row(
                        LocalDate.ofEpochDay(Long.parseLong(g.key())).toString(),
                        null,
                        g.reports(),
                        g.victims(),
                        g.lossCny(),
                        all == 0 ? 0 : (double) g.reports() / all,
                        lost.signum() == 0
                                ? 0
                                : g.lossCny()
                                        .divide(lost, 6, RoundingMode.HALF_EVEN)
                                        .doubleValue()))
                .toList();
    }

    private record Group(String key, long reports, long victims, BigDecimal lossCny) {}

    private List<Group> grouped(String by, String where, List<Object> params) {
        String group = by.startsWith("'") ? "" : " group by " + by;
        return jdbc
                .sql("select " + by + ", count(*), count(distinct victim_key),"
                        + " coalesce(sum(case when currency = 'CNY' then loss_amount else 0 end), 0) from report"
                        + where + group)
                .params(params)
                .query((rs, n) -> new Group(rs.getString(1).strip(), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)))
                .list()
                .stream()
                .filter(g -> g.reports() > 0)
                .toList();
    }

    private static @Nullable String label(String key) {
        try {
            return ScamType.valueOf(key).nameZh();
        } catch (IllegalArgumentException notAScamType) {
            return null;
        }
    }

    private Map<Long, List<ReportedIdentifier>> identifiersOf(Collection<Long> ids) {
        Map<Long, List<ReportedIdentifier>> byReport = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(ids))) {
            jdbc.sql("select report_id, kind, raw_value, identifier_value, problem from report_identifier"
                            + " where report_id in (" + marks(chunk) + ") order by report_id, position")
                    .params(chunk)
                    .query((rs, n) -> byReport.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ReportedIdentifier(
                                    ReportedKind.valueOf(rs.getString(2)),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5))))
                    .list();
        }
        return byReport;
    }

    private List<ReportView> withIdentifiers(List<ReportView> views) {
        Map<Long, List<ReportedIdentifier>> identifiers =
                identifiersOf(views.stream().map(ReportView::id).collect(Collectors.toList()));
        return views.stream()
                .map(v -> new ReportView(
                        v.id(),
                        v.receiptNo(),
                        v.receivedAt(),
                        v.occurredAt(),
                        v.scamType(),
                        v.lossAmount(),
                        v.currency(),
                        v.paymentMethod(),
                        v.region(),
                        v.narrative(),
                        v.status(),
                        v.caseNo(),
                        identifiers.getOrDefault(v.id(), List.of()),
                        null))
                .toList();
    }

    private ReportView view(ResultSet rs, int row) throws SQLException {
        return new ReportView(
                rs.getLong("id"),
                rs.getString("receipt_no"),
                instant(rs, "received_at"),
                instant(rs, "occurred_at"),
                ScamType.valueOf(rs.getString("scam_type")),
                rs.getBigDecimal("loss_amount"),
                rs.getString("currency"),
                PaymentMethod.valueOf(rs.getString("payment_method")),
                rs.getString("region_code"),
                rs.getString("narrative"),
                ReportStatus.valueOf(rs.getString("status")),
                rs.getString("case_no"),
                List.of(),
                null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 500)));
        }
        return chunks;
    }
}

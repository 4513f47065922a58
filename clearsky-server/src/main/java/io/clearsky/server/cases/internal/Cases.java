package io.clearsky.server.cases.internal;

import static io.clearsky.server.SqlLists.marks;
import static io.clearsky.server.SqlLists.valuesTable;

import io.clearsky.server.SqlLists;
import io.clearsky.server.cases.CaseStatus;
import io.clearsky.server.cases.ReferralView;
import io.clearsky.server.cases.TimelineEntry;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Cases, the reports in them, their timelines and their referrals. */
@Repository
public class Cases {

    private static final String COLUMNS =
            "id, case_no, title, anchor_report_id, agency_id, analyst, status, created_at, updated_at, version";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Cases(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Opens a case and numbers it: AJ, the year, and its id ({@code AJ2026-000042}). */
    public FraudCase open(String title, long anchorReportId, long agencyId, String analyst, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into fraud_case (title, anchor_report_id, agency_id, analyst, status, created_at, updated_at,"
                        + " version) values (?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        title,
                        anchorReportId,
                        agencyId,
                        analyst,
                        CaseStatus.OPEN.name(),
                        LinkStore.utc(now),
                        LinkStore.utc(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String caseNo = String.format(
                "AJ%d-%06d", now.atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear(), id);
        jdbc.sql("update fraud_case set case_no = ? where id = ?")
                .params(caseNo, id)
                .update();
        return new FraudCase(id, caseNo, title, anchorReportId, agencyId, analyst, CaseStatus.OPEN, now, now, 0);
    }

    public Optional<FraudCase> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from fraud_case where id = ?")
                .param(id)
                .query(Cases::fraudCase)
                .optional();
    }

    public List<FraudCase> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> all = List.copyOf(ids);
        return jdbc.sql("select " + COLUMNS + " from fraud_case where id in (" + marks(all) + ")")
                .params(all)
                .query(Cases::fraudCase)
                .list();
    }

    /** Saves a changed case; fails if someone else changed it meanwhile. */
    public void save(FraudCase c) {
        int updated = jdbc.sql("update fraud_case set agency_id = ?, analyst = ?, status = ?, updated_at = ?,"
                        + " version = ? where id = ? and version = ?")
                .params(
                        c.agencyId(),
                        c.analyst(),
                        c.status().name(),
                        LinkStore.utc(c.updatedAt()),
                        c.version() + 1,
                        c.id(),
                        c.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("case " + c.caseNo() + " was changed meanwhile");
        }
    }

    /** Cases of these agencies or referred to them (all when null), newest first, optionally of one status. */
    public List<FraudCase> page(@Nullable Collection<Long> agencies, @Nullable CaseStatus status, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(agencies, status, params);
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("select " + COLUMNS + " from fraud_case" + where + " order by id desc limit ? offset ?")
                .params(params)
                .query(Cases::fraudCase)
                .list();
    }

    public long count(@Nullable Collection<Long> agencies, @Nullable CaseStatus status) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from fraud_case" + where(agencies, status, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(@Nullable Collection<Long> agencies, @Nullable CaseStatus status, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (agencies != null) {
            String own = SqlLists.in("agency_id", agencies, params);
            String referred = SqlLists.in("to_agency_id", agencies, params);
            conditions.add("(" + own + " or id in (select case_id from case_referral where " + referred
                    + " and status = 'PENDING'))");
        }
        if (status != null) {
            conditions.add("status = ?");
            params.add(status.name());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Adds the reports a case does not hold yet and returns those it added. */
    public List<Long> addReports(long caseId, Collection<Long> reportIds, Instant now) {
        Set<Long> held = new HashSet<>();
        List<Long> all = List.copyOf(reportIds);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            List<Object> params = new ArrayList<>(chunk);
            params.add(caseId);
            // a join, not "report_id in (...)": H2 would read every report of the case (SqlLists.valuesTable)
            held.addAll(jdbc.sql("select report_id from " + valuesTable(chunk, "wanted", "wanted_id")
                            + " join case_report on case_id = ? and report_id = wanted.wanted_id")
                    .params(params)
                    .query(Long.class)
                    .list());
        }
        List<Long> added =
                all.stream().distinct().filter(id -> !held.contains(id)).toList();
        template.batchUpdate(
                "insert into case_report (case_id, report_id, joined_at) values (?, ?, ?)",
                added.stream()
                        .map(id -> new Object[] {caseId, id, LinkStore.utc(now)})
                        .toList());
        return added;
    }

    public List<Long> reportsOf(long caseId) {
        return jdbc.sql("select report_id from case_report where case_id = ? order by report_id")
                .param(caseId)
                .query(Long.class)
                .list();
    }

    /** The yuan lost in a case's reports. */
    public BigDecimal lossOf(long caseId) {
        return jdbc.sql("select coalesce(sum(l.loss_amount), 0) from case_report c join linked_report l"
                        + " on l.report_id = c.report_id where c.case_id = ? and l.currency = 'CNY'")
                .param(caseId)
                .query(BigDecimal.class)
                .single();
    }

    /** The cases of each report, for the reports that are in one. */
    public Map<Long, List<Long>> casesByReport() {
        Map<Long, List<Long>> byReport = new HashMap<>();
        jdbc.sql("select report_id, case_id from case_report")
                .query((rs, n) -> byReport.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return byReport;
    }

    public void log(long caseId, String actor, String kind, @Nullable String detail, Instant at) {
        jdbc.sql("insert into case_event (case_id, occurred_at, actor, kind, detail) values (?, ?, ?, ?, ?)")
                .params(caseId, LinkStore.utc(at), actor, kind, detail == null ? null : clip(detail, 2000))
                .update();
    }

    public List<TimelineEntry> timeline(long caseId) {
        return jdbc.sql("select id, occurred_at, actor, kind, detail from case_event where case_id = ? order by id")
                .param(caseId)
                .query((rs, n) -> new TimelineEntry(
                        rs.getLong(1), instant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    public long refer(long caseId, long from, long to, String reason, String actor, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into case_referral (case_id, from_agency_id, to_agency_id, status, reason, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, from, to, ReferralView.Status.PENDING.name(), reason, actor, LinkStore.utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Records a referral's answer, if it is still pending; false when someone answered first. */
    public boolean decide(
            long referralId, ReferralView.Status status, String actor, @Nullable String note, Instant at) {
        return jdbc.sql("update case_referral set status = ?, decided_by = ?, decided_at = ?, decision_note = ?"
                                + " where id = ? and status = ?")
                        .params(
                                status.name(),
                                actor,
                                LinkStore.utc(at),
                                note,
                                referralId,
                                ReferralView.Status.PENDING.name())
                        .update()
                == 1;
    }

    private static final String REFERRAL_COLUMNS = "r.id, r.case_id, c.case_no, r.from_agency_id, r.to_agency_id,"
            + " r.status, r.reason, r.created_by, r.created_at, r.decided_by, r.decided_at, r.decision_note";

    public Optional<ReferralView> referral(long id) {
        return jdbc.sql("select " + REFERRAL_COLUMNS
                        + " from case_referral r join fraud_case c on c.id = r.case_id where r.id = ?")
                .param(id)
                .query(Cases::referral)
                .optional();
    }

    public Optional<ReferralView> pendingReferral(long caseId) {
        return jdbc.sql("select " + REFERRAL_COLUMNS + " from case_referral r join fraud_case c on c.id = r.case_id"
                        + " where r.case_id = ? and r.status = 'PENDING'")
                .param(caseId)
                .query(Cases::referral)
                .optional();
    }

    /** Referrals to or from these agencies (all when null), newest first. */
    public List<ReferralView> referrals(
            @Nullable Collection<Long> agencies, boolean incoming, ReferralView.@Nullable Status status) {
        List<Object> params = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        if (agencies != null) {
            conditions.add(SqlLists.in(incoming ? "r.to_agency_id" : "r.from_agency_id", agencies, params));
        }
        if (status != null) {
            conditions.add("r.status = ?");
            params.add(status.name());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql("select " + REFERRAL_COLUMNS + " from case_referral r join fraud_case c on c.id = r.case_id"
                        + where + " order by r.id desc limit 500")
                .params(params)
                .query(Cases::referral)
                .list();
    }

    private static ReferralView referral(ResultSet rs, int row) throws SQLException {
        return new ReferralView(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getLong(5),
                ReferralView.Status.valueOf(rs.getString(6)),
                rs.getString(7),
                rs.getString(8),
                instant(rs, 9),
                rs.getString(10),
                rs.getObject(11) == null ? null : instant(rs, 11),
                rs.getString(12));
    }

    private static FraudCase fraudCase(ResultSet rs, int row) throws SQLException {
        return new FraudCase(
                rs.getLong("id"),
                rs.getString("case_no"),
                rs.getString("title"),
                rs.getLong("anchor_report_id"),
                rs.getLong("agency_id"),
                rs.getString("analyst"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

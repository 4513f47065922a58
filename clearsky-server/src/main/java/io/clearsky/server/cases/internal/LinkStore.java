package io.clearsky.server.cases.internal;

import static io.clearsky.server.SqlLists.marks;

import io.clearsky.core.indicator.ScamType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The linkage's tables: the identifier dictionary, the linked reports in linking order, and fileable clusters. */
@Repository
public class LinkStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LinkStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One entry of the identifier dictionary. */
    public record Entry(int id, String key, boolean excluded) {}

    public List<Entry> dictionary() {
        return jdbc.sql("select id, link_key, excluded from link_identifier order by id")
                .query((rs, n) -> new Entry(rs.getInt(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    public void addIdentifiers(List<Entry> entries, @Nullable String reason) {
        Instant now = Instant.now();
        template.batchUpdate(
                "insert into link_identifier (id, link_key, excluded, excluded_reason, excluded_by, excluded_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                entries.stream()
                        .map(e -> new Object[] {
                            e.id(),
                            e.key(),
                            e.excluded(),
                            e.excluded() ? reason : null,
                            e.excluded() ? "system" : null,
                            e.excluded() ? utc(now) : null
                        })
                        .toList());
    }

    public void exclude(int id, String reason, String actor, Instant at) {
        jdbc.sql("update link_identifier set excluded = ?, excluded_reason = ?, excluded_by = ?, excluded_at = ?"
                        + " where id = ?")
                .params(true, reason, actor, utc(at), id)
                .update();
    }

    /** Why an identifier is excluded and by whom, by id. */
    public record Exclusion(
            int id,
            String key,
            @Nullable String reason,
            @Nullable String by,
            @Nullable Instant at) {}

    public List<Exclusion> exclusions() {
        return jdbc.sql("select id, link_key, excluded_reason, excluded_by, excluded_at from link_identifier"
                        + " where excluded = ? order by excluded_at desc, id")
                .param(true)
                .query((rs, n) -> new Exclusion(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5) == null
                                ? null
                                : rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    public void addReports(List<LinkedReport> reports, List<int[]> identifiers) {
        template.batchUpdate(
                "insert into linked_report (seq, report_id, receipt_no, occurred_at, scam_type, loss_amount,"
                        + " currency, region_code, victim_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reports.stream()
                        .map(r -> new Object[] {
                            r.seq(),
                            r.reportId(),
                            r.receiptNo(),
                            utc(r.occurredAt()),
                            r.scamType().name(),
                            r.lossAmount(),
                            r.currency(),
                            r.region(),
                            r.victimKey()
                        })
                        .toList());
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int identifier : identifiers.get(i)) {
                links.add(new Object[] {reports.get(i).seq(), identifier});
            }
        }
        template.batchUpdate("insert into linked_report_identifier (seq, identifier_id) values (?, ?)", links);
    }

    /** Every linked report in linking order. */
    public void forEachReport(Consumer<LinkedReport> each) {
        jdbc.sql("select seq, report_id, receipt_no, occurred_at, scam_type, loss_amount, currency, region_code,"
                        + " victim_key from linked_report order by seq")
                .query(rs -> {
                    each.accept(new LinkedReport(
                            rs.getInt(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(),
                            ScamType.valueOf(rs.getString(5)),
                            rs.getBigDecimal(6),
                            rs.getString(7).strip(),
                            rs.getString(8).strip(),
                            rs.getString(9)));
                });
    }

    /** Every (report, identifier) link in linking order. */
    public void forEachLink(LinkConsumer each) {
        jdbc.sql("select seq, identifier_id from linked_report_identifier order by seq, identifier_id")
                .query(rs -> {
                    each.accept(rs.getInt(1), rs.getInt(2));
                });
    }

    /** Receives one link. */
    @FunctionalInterface
    public interface LinkConsumer {
        void accept(int seq, int identifier);
    }

    /** A report (by seq) carries an identifier (by its link key). */
    public record Link(int seq, String key) {}

    /**
     * Each (report, identifier) link of these reports, by seq then identifier id. It carries the link key, read with
     * it, so that the caller need not hold the linkage's lock to name the identifier: ids and keys never change.
     */
    public List<Link> linksOf(List<Integer> seqs) {
        List<Link> links = new ArrayList<>();
        for (int from = 0; from < seqs.size(); from += 500) {
            List<Integer> chunk = seqs.subList(from, Math.min(seqs.size(), from + 500));
            jdbc.sql("select l.seq, i.link_key from linked_report_identifier l"
                            + " join link_identifier i on i.id = l.identifier_id where l.seq in (" + marks(chunk)
                            + ") order by l.seq, l.identifier_id")
                    .params(chunk)
                    .query((rs, n) -> links.add(new Link(rs.getInt(1), rs.getString(2))))
                    .list();
        }
        return links;
    }

    /** How many of these reports carry each identifier, by identifier id. */
    public Map<Integer, Integer> tiesOf(List<Integer> seqs) {
        Map<Integer, Integer> ties = new HashMap<>();
        for (int from = 0; from < seqs.size(); from += 500) {
            List<Integer> chunk = seqs.subList(from, Math.min(seqs.size(), from + 500));
            jdbc.sql("select identifier_id, count(*) from linked_report_identifier where seq in (" + marks(chunk)
                            + ") group by identifier_id")
                    .params(chunk)
                    .query((rs, n) -> ties.merge(rs.getInt(1), rs.getInt(2), Integer::sum))
                    .list();
        }
        return ties;
    }

    public Set<Long> fileableAnchors() {
        return new HashSet<>(jdbc.sql("select anchor_report_id from fileable_cluster")
                .query(Long.class)
                .list());
    }

    public void markFileable(
            long anchorReportId,
            BigDecimal total,
            BigDecimal threshold,
            String region,
            @Nullable Long agencyId,
            Instant at) {
        jdbc.sql("insert into fileable_cluster (anchor_report_id, total_loss, threshold, region_code, agency_id,"
                        + " notified_at) values (?, ?, ?, ?, ?, ?)")
                .params(anchorReportId, total, threshold, region, agencyId, utc(at))
                .update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

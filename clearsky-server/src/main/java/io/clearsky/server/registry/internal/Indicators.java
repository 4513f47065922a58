package io.clearsky.server.registry.internal;

import static io.clearsky.server.SqlLists.marks;
import static io.clearsky.server.SqlLists.rows;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ScamType;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Indicators in the database, with the change log the lookup index follows. Batches for bulk work. */
@Repository
public class Indicators {

    /** Values per IN list: well under every database's limit on parameters. */
    private static final int CHUNK = 500;

    private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    static final String COLUMNS = "id, kind, indicator_value, status, scam_type, confidence, agency_id, sources,"
            + " report_count, first_seen, last_seen, expires_on, note, created_at, updated_at, version";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Indicators(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Indicator> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from indicator where id = ?")
                .param(id)
                .query(Indicators::indicator)
                .optional();
    }

    public Optional<Indicator> find(IndicatorKind kind, String value) {
        return jdbc.sql("select " + COLUMNS + " from indicator where kind = ? and indicator_value = ?")
                .params(kind.name(), value)
                .query(Indicators::indicator)
                .optional();
    }

    /** The indicators of one kind among these values, by value. */
    public Map<String, Indicator> findAll(IndicatorKind kind, Collection<String> values) {
        Map<String, Indicator> found = new HashMap<>();
        List<String> all = List.copyOf(values);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Object> params = new ArrayList<>(chunk.size() + 1);
            params.add(kind.name());
            params.addAll(chunk);
            jdbc.sql("select " + COLUMNS + " from indicator where kind = ? and indicator_value in (" + marks(chunk)
                            + ")")
                    .params(params)
                    .query(Indicators::indicator)
                    .list()
                    .forEach(i -> found.put(i.value(), i));
        }
        return found;
    }

    /** Saves a new or changed indicator and logs the change for the lookup index. */
    public Indicator save(Indicator indicator) {
        saveAll(List.of(indicator));
        return indicator;
    }

    /** Saves new and changed indicators in batches, and logs each change for the lookup index. */
    public void saveAll(List<Indicator> indicators) {
        List<Indicator> fresh = indicators.stream().filter(i -> i.id() == null).toList();
        List<Indicator> changed =
                indicators.stream().filter(i -> i.id() != null).toList();
        if (!fresh.isEmpty()) {
            insert(fresh);
        }
        if (!changed.isEmpty()) {
            update(changed);
        }
        Instant now = Instant.now();
        template.batchUpdate(
                "insert into indicator_change (indicator_id, changed_at) values (?, ?)",
                indicators,
                1000,
                (ps, indicator) -> {
                    ps.setLong(1, indicator.id());
                    ps.setObject(2, utc(now));
                });
    }

    /**
     * Multi-row inserts that hand back each new row's id with its kind and value, so no order is assumed and no
     * second query is needed.
     */
    private void insert(List<Indicator> fresh) {
        for (int from = 0; from < fresh.size(); from += CHUNK) {
            List<Indicator> chunk = fresh.subList(from, Math.min(fresh.size(), from + CHUNK));
            List<Object> params = new ArrayList<>(chunk.size() * 14);
            Map<String, Indicator> byKey = new HashMap<>();
            for (Indicator indicator : chunk) {
                params.addAll(Arrays.asList(insertParams(indicator)));
                byKey.put(indicator.kind().name() + " " + indicator.value(), indicator);
            }
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("insert into indicator (kind, indicator_value, status, scam_type, confidence, agency_id, sources,"
                            + " report_count, first_seen, last_seen, expires_on, note, created_at, updated_at, version)"
                            + " values "
                            + rows(chunk.size(), INSERT_ROW))
                    .params(params)
                    .update(keys, "id", "kind", "indicator_value");
            for (Map<String, Object> row : keys.getKeyList()) {
                byKey.get(row.get("kind") + " " + row.get("indicator_value"))
                        .assignId(((Number) row.get("id")).longValue());
            }
        }
    }

    private void update(List<Indicator> changed) {
        int[][] counts = template.batchUpdate(
                "update indicator set status = ?, scam_type = ?, confidence = ?, agency_id = ?, sources = ?,"
                        + " report_count = ?, last_seen = ?, expires_on = ?, note = ?, updated_at = ?, version = ?"
                        + " where id = ? and version = ?",
                changed,
                1000,
                (ps, i) -> bind(ps, new Object[] {
                    i.status().name(),
                    i.scamType() == null ? null : i.scamType().name(),
                    i.confidence(),
                    i.agencyId(),
                    sources(i.sources()),
                    i.reportCount(),
                    utc(i.lastSeen()),
                    i.expiresOn() == null ? null : Date.valueOf(i.expiresOn()),
                    i.note(),
                    utc(i.updatedAt()),
                    i.version() + 1,
                    i.id(),
                    i.version()
                }));
        int n = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count == 0) {
                    throw new OptimisticLockingFailureException(
                            "indicator " + changed.get(n).id() + " was changed by someone else meanwhile");
                }
                n++;
            }
        }
        changed.forEach(i -> i.versionSaved(i.version() + 1));
    }

    private static Object[] insertParams(Indicator i) {
        return new Object[] {
            i.kind().name(),
            i.value(),
            i.status().name(),
            i.scamType() == null ? null : i.scamType().name(),
            i.confidence(),
            i.agencyId(),
            sources(i.sources()),
            i.reportCount(),
            utc(i.firstSeen()),
            utc(i.lastSeen()),
            i.expiresOn() == null ? null : Date.valueOf(i.expiresOn()),
            i.note(),
            utc(i.createdAt()),
            utc(i.updatedAt())
        };
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int p = 0; p < params.length; p++) {
            ps.setObject(p + 1, params[p]);
        }
    }

    /** One page of indicators, newest change first. */
    public List<Indicator> page(IndicatorFilter filter, int page, int size) {
        Query query = filter.where();
        List<Object> params = new ArrayList<>(query.params());
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("select " + COLUMNS + " from indicator" + query.sql()
                        + " order by updated_at desc, id desc limit ? offset ?")
                .params(params)
                .query(Indicators::indicator)
                .list();
    }

    public long count(IndicatorFilter filter) {
        Query query = filter.where();
        return jdbc.sql("select count(*) from indicator" + query.sql())
                .params(query.params())
                .query(Long.class)
                .single();
    }

    /**
     * One page of indicators matching a filter whose value contains any of these texts (the value as typed and its
     * canonical forms), newest change first, with how many match in all.
     */
    public PageOf search(IndicatorFilter filter, List<String> valueContainsAny, int page, int size) {
        Query query = filter.where();
        StringBuilder where = new StringBuilder(query.sql());
        List<Object> params = new ArrayList<>(query.params());
        List<String> texts = valueContainsAny.stream()
                // like's wildcards and its escape character are matched as themselves (chat ids have "_")
                .map(t -> t.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        if (!texts.isEmpty()) {
            where.append(where.length() == 0 ? " where (" : " and (");
            for (int i = 0; i < texts.size(); i++) {
                where.append(i == 0 ? "" : " or ").append("indicator_value like ? escape '\\'");
                params.add("%" + texts.get(i) + "%");
            }
            where.append(')');
        }
        long total = jdbc.sql("select count(*) from indicator" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        List<Indicator> items = jdbc.sql("select " + COLUMNS + " from indicator" + where
                        + " order by updated_at desc, id desc limit ? offset ?")
                .params(paged)
                .query(Indicators::indicator)
                .list();
        return new PageOf(items, total);
    }

    /** Indicators and how many matched in all. */
    public record PageOf(List<Indicator> items, long total) {}

    /** SUSPECTED indicators waiting for a centre: the most reported first, then the longest waiting. */
    public List<Indicator> suspected(int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from indicator where status = 'SUSPECTED'"
                        + " order by report_count desc, first_seen asc, id asc limit ? offset ?")
                .params(size, (long) page * size)
                .query(Indicators::indicator)
                .list();
    }

    /** The reports of one indicator, newest first (who reported stays a pseudonym and is not read). */
    public List<Reported> reportsOf(long indicatorId, int limit) {
        return jdbc.sql("select agency_id, source, scam_type, reported_at from indicator_report where indicator_id = ?"
                        + " order by reported_at desc limit ?")
                .params(indicatorId, limit)
                .query((rs, row) -> {
                    String scam = rs.getString("scam_type");
                    return new Reported(
                            indicatorId,
                            "",
                            rs.getObject("agency_id", Long.class),
                            IndicatorSource.valueOf(rs.getString("source")),
                            scam == null ? null : ScamType.valueOf(scam),
                            rs.getObject("reported_at", OffsetDateTime.class).toInstant());
                })
                .list();
    }

    /** How many reports of one indicator came from each source. */
    public Map<IndicatorSource, Long> reportSources(long indicatorId) {
        Map<IndicatorSource, Long> counts = new EnumMap<>(IndicatorSource.class);
        jdbc.sql("select source, count(*) from indicator_report where indicator_id = ? group by source")
                .param(indicatorId)
                .query(rs -> {
                    counts.put(IndicatorSource.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** How many indicators an agency's list holds per status and kind. */
    public List<Tally> tally(long agencyId) {
        return jdbc.sql("select status, kind, count(*) from indicator where agency_id = ? group by status, kind"
                        + " order by status, kind")
                .param(agencyId)
                .query((rs, row) -> new Tally(
                        IndicatorStatus.valueOf(rs.getString(1)),
                        IndicatorKind.valueOf(rs.getString(2)),
                        rs.getLong(3)))
                .list();
    }

    /** A count of one status and kind. */
    public record Tally(IndicatorStatus status, IndicatorKind kind, long count) {}

    /** Indicators an agency listed (verified, suspected or lapsed since); all agencies' when null. */
    public long countListed(@Nullable Long agencyId) {
        String sql = "select count(*) from indicator where status in ('VERIFIED', 'SUSPECTED', 'EXPIRED')"
                + (agencyId == null ? " and agency_id is not null" : " and agency_id = ?");
        var spec = jdbc.sql(sql);
        return (agencyId == null ? spec : spec.param(agencyId))
                .query(Long.class)
                .single();
    }

    /** Streams every matching indicator, in id order, to the consumer (exports). */
    public void forEach(IndicatorFilter filter, Consumer<Indicator> consumer) {
        Query query = filter.where();
        template.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "select " + COLUMNS + " from indicator" + query.sql() + " order by id");
                    ps.setFetchSize(5000);
                    bind(ps, query.params().toArray());
                    return ps;
                },
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> consumer.accept(indicator(rs, 0)));
    }

    /** Ids whose listing is past its expiry day. */
    public List<Long> dueToExpire(LocalDate today, int limit) {
        return jdbc.sql(
                        "select id from indicator where expires_on < ? and status <> 'EXPIRED' and status <> 'ALLOWLISTED'"
                                + " order by id limit ?")
                .params(Date.valueOf(today), limit)
                .query(Long.class)
                .list();
    }

    /** The newest change sequence number, 0 when none. */
    public long lastChange() {
        return jdbc.sql("select coalesce(max(seq), 0) from indicator_change")
                .query(Long.class)
                .single();
    }

    /** Changes after a sequence number, oldest first, with the indicator's state now. */
    public List<Change> changesAfter(long seq, int limit) {
        return jdbc.sql("select c.seq, i." + COLUMNS.replace(", ", ", i.") + " from indicator_change c"
                        + " join indicator i on i.id = c.indicator_id where c.seq > ? order by c.seq limit ?")
                .params(seq, limit)
                .query((rs, n) -> new Change(rs.getLong("seq"), indicator(rs, n)))
                .list();
    }

    /** Removes change records older than the cut-off; the index only reads recent ones. */
    public int pruneChanges(Instant before) {
        return jdbc.sql("delete from indicator_change where changed_at < ?")
                .param(utc(before))
                .update();
    }

    /** One logged change. */
    public record Change(long seq, Indicator indicator) {}

    /** Records a reporter's report; false when this reporter reported the indicator before. */
    public boolean addReport(
            long indicatorId,
            String reporter,
            @Nullable Long agencyId,
            IndicatorSource source,
            @Nullable ScamType type,
            Instant now) {
        boolean known = jdbc.sql("select count(*) from indicator_report where indicator_id = ? and reporter = ?")
                        .params(indicatorId, reporter)
                        .query(Integer.class)
                        .single()
                > 0;
        if (known) {
            return false;
        }
        jdbc.sql(
                        "insert into indicator_report (indicator_id, reporter, agency_id, source, scam_type, reported_at) values (?, ?, ?, ?, ?, ?)")
                .params(indicatorId, reporter, agencyId, source.name(), type == null ? null : type.name(), utc(now))
                .update();
        return true;
    }

    /** One reporter's report of one indicator. */
    public record Reported(
            long indicatorId,
            String reporter,
            @Nullable Long agencyId,
            IndicatorSource source,
            @Nullable ScamType type,
            Instant at) {}

    /**
     * Which of these (indicator, reporter) pairs are on record already, as indicator id → reporters. Each pair is
     * looked up by the primary key: asking for every reporter of the indicators instead would read a gang's hot
     * number's tens of thousands of victims, and a cross product of indicator and reporter lists makes the database
     * probe every combination.
     */
    public Map<Long, Set<String>> knownReporters(Map<Long, ? extends Collection<String>> reportersByIndicator) {
        List<Object[]> pairs = new ArrayList<>();
        reportersByIndicator.forEach((id, reporters) -> reporters.forEach(r -> pairs.add(new Object[] {id, r})));
        Map<Long, Set<String>> known = new HashMap<>();
        for (int i = 0; i < pairs.size(); i += CHUNK) {
            List<Object[]> chunk = pairs.subList(i, Math.min(pairs.size(), i + CHUNK));
            List<Object> params = new ArrayList<>(chunk.size() * 2);
            chunk.forEach(pair -> params.addAll(List.of(pair)));
            jdbc.sql("select indicator_id, reporter from indicator_report where (indicator_id, reporter) in ("
                            + rows(chunk.size(), "(?, ?)")
                            + ")")
                    .params(params)
                    .query(rs -> {
                        known.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                                .add(rs.getString(2));
                    });
        }
        return known;
    }

    /** Records reports that {@link #knownReporters} showed to be new, in one batch. */
    public void addReports(List<Reported> reports) {
        template.batchUpdate(
                "insert into indicator_report (indicator_id, reporter, agency_id, source, scam_type, reported_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                reports,
                1000,
                (ps, r) -> bind(ps, new Object[] {
                    r.indicatorId(),
                    r.reporter(),
                    r.agencyId(),
                    r.source().name(),
                    r.type() == null ? null : r.type().name(),
                    utc(r.at())
                }));
    }

    static Indicator indicator(ResultSet rs, int row) throws SQLException {
        String scam = rs.getString("scam_type");
        Date expires = rs.getDate("expires_on");
        return new Indicator(
                rs.getLong("id"),
                IndicatorKind.valueOf(rs.getString("kind")),
                rs.getString("indicator_value"),
                IndicatorStatus.valueOf(rs.getString("status")),
                scam == null ? null : ScamType.valueOf(scam),
                rs.getInt("confidence"),
                rs.getObject("agency_id", Long.class),
                parseSources(rs.getString("sources")),
                rs.getInt("report_count"),
                rs.getObject("first_seen", OffsetDateTime.class).toInstant(),
                rs.getObject("last_seen", OffsetDateTime.class).toInstant(),
                expires == null ? null : expires.toLocalDate(),
                rs.getString("note"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getLong("version"));
    }

    static String sources(Collection<IndicatorSource> sources) {
        return sources.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static EnumSet<IndicatorSource> parseSources(@Nullable String text) {
        EnumSet<IndicatorSource> set = EnumSet.noneOf(IndicatorSource.class);
        if (text != null && !text.isBlank()) {
            for (String name : text.split(",")) {
                set.add(IndicatorSource.valueOf(name.strip()));
            }
        }
        return set;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** SQL where-clause with its parameters. */
    record Query(String sql, List<Object> params) {}
}

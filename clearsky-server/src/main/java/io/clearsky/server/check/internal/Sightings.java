package io.clearsky.server.check.internal;

import io.clearsky.core.identifier.IndicatorKind;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Daily sighting roll-ups in the database, one row per indicator and day. */
@Repository
public class Sightings {

    private final JdbcClient jdbc;

    Sightings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a drained accumulator to its day's row. */
    void add(long indicatorId, SightingRecorder.Drained d) {
        Optional<Row> existing = jdbc.sql(
                        "select hits, warnings, subscribers, first_seen, last_seen from sighting_daily"
                                + " where indicator_id = ? and sighting_day = ?")
                .params(indicatorId, Date.valueOf(d.key().day()))
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getBytes(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
        Long agency = d.agencyRef() == 0 ? null : (long) d.agencyRef();
        if (existing.isEmpty()) {
            jdbc.sql(
                            "insert into sighting_daily (indicator_id, sighting_day, agency_id, kind, indicator_value, hits, warnings,"
                                    + " subscribers, first_seen, last_seen) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            indicatorId,
                            Date.valueOf(d.key().day()),
                            agency,
                            d.key().kind().name(),
                            d.key().value(),
                            d.hits(),
                            d.warnings(),
                            d.subscribers().toCompactByteArray(),
                            utc(d.first()),
                            utc(d.last()))
                    .update();
            return;
        }
        Row row = existing.get();
        Union union = new Union(SightingRecorder.LG_K);
        union.update(HllSketch.heapify(row.subscribers()));
        union.update(d.subscribers());
        jdbc.sql("update sighting_daily set hits = ?, warnings = ?, subscribers = ?, first_seen = ?, last_seen = ?,"
                        + " agency_id = ? where indicator_id = ? and sighting_day = ?")
                .params(
                        row.hits() + d.hits(),
                        row.warnings() + d.warnings(),
                        union.getResult(TgtHllType.HLL_8).toCompactByteArray(),
                        utc(d.first().isBefore(row.first()) ? d.first() : row.first()),
                        utc(d.last().isAfter(row.last()) ? d.last() : row.last()),
                        agency,
                        indicatorId,
                        Date.valueOf(d.key().day()))
                .update();
    }

    /** Every roll-up row in the window, for one agency's list or all. */
    List<DayRow> window(@Nullable Long agencyId, LocalDate from, LocalDate to) {
        String sql = "select indicator_id, sighting_day, kind, indicator_value, hits, warnings, subscribers, last_seen"
                + " from sighting_daily where sighting_day >= ? and sighting_day <= ?"
                + (agencyId == null ? "" : " and agency_id = ?")
                + " order by sighting_day";
        var spec = jdbc.sql(sql).param(Date.valueOf(from)).param(Date.valueOf(to));
        if (agencyId != null) {
            spec = spec.param(agencyId);
        }
        return spec.query((rs, n) -> new DayRow(
                        rs.getLong(1),
                        rs.getDate(2).toLocalDate(),
                        IndicatorKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        HllSketch.heapify(rs.getBytes(7)),
                        rs.getObject(8, OffsetDateTime.class).toInstant()))
                .list();
    }

    record Row(long hits, long warnings, byte[] subscribers, Instant first, Instant last) {}

    record DayRow(
            long indicatorId,
            LocalDate day,
            IndicatorKind kind,
            String value,
            long hits,
            long warnings,
            HllSketch subscribers,
            Instant lastSeen) {}

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

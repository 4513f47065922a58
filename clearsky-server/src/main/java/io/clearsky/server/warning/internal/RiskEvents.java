package io.clearsky.server.warning.internal;

import static io.clearsky.server.SqlLists.valuesTable;
import static io.clearsky.server.Timestamps.utc;

import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.server.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partners' events as stored: by the partner's id for resends, by time for replays. */
@Repository
public class RiskEvents {

    private static final int IN_LIST = 500;
    private static final int PAGE = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RiskEvents(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** An event to store: its canonical JSON, and a transfer check's answer (as JSON) when it has one. */
    public record NewEvent(
            long agencyId,
            RiskEvent event,
            String payload,
            @Nullable String answer) {}

    /** An event on record. */
    public record StoredEvent(
            long agencyId,
            String eventId,
            String payload,
            @Nullable String answer) {}

    /** Inserts events; one that is there already fails them all with a duplicate key. */
    public void insertAll(List<NewEvent> events, Instant now) {
        template.batchUpdate(
                "insert into warning_event (agency_id, event_id, event_type, occurred_at, received_at, payload,"
                        + " answer) values (?, ?, ?, ?, ?, ?, ?)",
                events.stream()
                        .map(e -> new Object[] {
                            e.agencyId(),
                            e.event().id(),
                            e.event().type(),
                            utc(e.event().at()),
                            utc(now),
                            e.payload(),
                            e.answer()
                        })
                        .toList());
    }

    /** The partner's events among these ids, by id. */
    public Map<String, StoredEvent> findAll(long agencyId, Collection<String> eventIds) {
        Map<String, StoredEvent> found = new HashMap<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(eventIds));
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            List<Object> params = new ArrayList<>(chunk);
            params.add(agencyId);
            jdbc.sql("select e.agency_id, e.event_id, e.payload, e.answer from "
                            + valuesTable(chunk, "wanted", "wanted_id")
                            + " join warning_event e on e.agency_id = ? and e.event_id = wanted.wanted_id")
                    .params(params)
                    .query((rs, n) -> new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .list()
                    .forEach(e -> found.put(e.eventId(), e));
        }
        return found;
    }

    public Optional<StoredEvent> find(long agencyId, String eventId) {
        return Optional.ofNullable(findAll(agencyId, List.of(eventId)).get(eventId));
    }

    /** How many events happened in [from, to). */
    public long count(Instant from, Instant to) {
        return jdbc.sql("select count(*) from warning_event where occurred_at >= ? and occurred_at < ?")
                .params(utc(from), utc(to))
                .query(Long.class)
                .single();
    }

    /**
     * The events that happened in [from, to), every partner's, in time order (ties by arrival), read page by page
     * as the iteration goes: a replay of millions holds one page in memory.
     */
    public Iterable<RiskEvent> between(Instant from, Instant to) {
        return () -> new Iterator<>() {
            private List<RiskEvent> page = List.of();
            private int next;
            private Instant lastAt = from;
            private long lastId = Long.MIN_VALUE;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                List<Object[]> rows = jdbc.sql("select id, occurred_at, payload from warning_event"
                                + " where occurred_at >= ? and occurred_at < ?"
                                + " and (occurred_at > ? or (occurred_at = ? and id > ?))"
                                + " order by occurred_at, id limit ?")
                        .params(utc(from), utc(to), utc(lastAt), utc(lastAt), lastId, PAGE)
                        .query((rs, n) ->
                                new Object[] {rs.getLong(1), Timestamps.required(rs, "occurred_at"), rs.getString(3)})
                        .list();
                exhausted = rows.size() < PAGE;
                List<RiskEvent> events = new ArrayList<>(rows.size());
                for (Object[] row : rows) {
                    events.add(EventCodec.read((String) row[2]));
                    lastId = (Long) row[0];
                    lastAt = (Instant) row[1];
                }
                page = events;
                next = 0;
                return !page.isEmpty();
            }

            @Override
            public RiskEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
    }

    /**
     * The time from which at most {@code limit} events happened up to {@code to}: {@code from} itself when fewer did,
     * else the time of the {@code limit}-th latest.
     */
    public Instant latestStart(Instant from, Instant to, int limit) {
        return jdbc.sql("select occurred_at from warning_event where occurred_at >= ? and occurred_at < ?"
                        + " order by occurred_at desc, id desc offset ? rows fetch next 1 rows only")
                .params(utc(from), utc(to), limit - 1)
                .query((rs, n) -> Timestamps.required(rs, "occurred_at"))
                .optional()
                .orElse(from);
    }

    /** Deletes up to {@code limit} events received before {@code before}; returns how many. */
    public int purgeReceivedBefore(Instant before, int limit) {
        return jdbc.sql("delete from warning_event where id in (select id from warning_event where received_at < ?"
                        + " order by received_at limit ?)")
                .params(utc(before), limit)
                .update();
    }
}

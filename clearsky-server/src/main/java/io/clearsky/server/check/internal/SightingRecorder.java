package io.clearsky.server.check.internal;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Collects sightings in memory so a check never waits on the database: per indicator and day, the hits, the
 * warnings and a HyperLogLog sketch of the subscribers reached. {@link SightingFlusher} drains it every second.
 *
 * <p>An accumulator is updated under its own lock and closed when drained; a writer that finds its accumulator
 * closed takes a fresh one, so no sighting is counted twice or dropped between drains.
 */
@Component
public class SightingRecorder {

    /** HyperLogLog precision: 2^12 buckets, about 1.6% standard error, near-exact below a few hundred. */
    static final int LG_K = 12;

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ConcurrentHashMap<Key, Accumulator> pending = new ConcurrentHashMap<>();

    /**
     * Records one hit on a listed indicator; {@code lapsed} when its listing had lapsed, which the registry must hear
     * of at once (the sighting brings it back for re-verification).
     */
    public void record(
            Identifier identifier,
            int agencyRef,
            @Nullable String subscriber,
            boolean warned,
            boolean lapsed,
            Instant when) {
        Key key = new Key(identifier.kind(), identifier.value(), LocalDate.ofInstant(when, ZONE));
        while (true) {
            Accumulator accumulator = pending.computeIfAbsent(key, k -> new Accumulator(agencyRef));
            synchronized (accumulator) {
                if (!accumulator.closed) {
                    accumulator.add(subscriber, warned, lapsed, when);
                    return;
                }
            }
            pending.remove(key, accumulator);
        }
    }

    /** Takes everything recorded so far. */
    List<Drained> drain() {
        List<Drained> drained = new ArrayList<>(pending.size());
        for (Key key : pending.keySet()) {
            Accumulator accumulator = pending.remove(key);
            if (accumulator == null) {
                continue;
            }
            synchronized (accumulator) {
                accumulator.closed = true;
                drained.add(new Drained(
                        key,
                        accumulator.agencyRef,
                        accumulator.hits,
                        accumulator.warnings,
                        accumulator.lapsed,
                        accumulator.subscribers.getResult(TgtHllType.HLL_8),
                        accumulator.first,
                        accumulator.last));
            }
        }
        return drained;
    }

    /** Puts back what could not be written, merged with anything recorded since. */
    void restore(List<Drained> failed) {
        for (Drained d : failed) {
            while (true) {
                Accumulator accumulator = pending.computeIfAbsent(d.key(), k -> new Accumulator(d.agencyRef()));
                synchronized (accumulator) {
                    if (!accumulator.closed) {
                        accumulator.merge(d);
                        break;
                    }
                }
                pending.remove(d.key(), accumulator);
            }
        }
    }

    /** Sightings waiting to be written. */
    public int pendingCount() {
        return pending.size();
    }

    record Key(IndicatorKind kind, String value, LocalDate day) {}

    record Drained(
            Key key,
            int agencyRef,
            long hits,
            long warnings,
            boolean lapsed,
            HllSketch subscribers,
            Instant first,
            Instant last) {}

    private static final class Accumulator {
        final int agencyRef;
        final Union subscribers = new Union(LG_K);
        long hits;
        long warnings;
        boolean lapsed;
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        boolean closed;

        Accumulator(int agencyRef) {
            this.agencyRef = agencyRef;
        }

        void add(@Nullable String subscriber, boolean warned, boolean lapsedListing, Instant when) {
            hits++;
            lapsed |= lapsedListing;
            if (warned) {
                warnings++;
            }
            if (subscriber != null && !subscriber.isBlank()) {
                subscribers.update(subscriber);
            }
            seen(when, when);
        }

        void merge(Drained d) {
            hits += d.hits();
            warnings += d.warnings();
            lapsed |= d.lapsed();
            subscribers.update(d.subscribers());
            seen(d.first(), d.last());
        }

        private void seen(Instant from, Instant to) {
            if (from.isBefore(first)) {
                first = from;
            }
            if (to.isAfter(last)) {
                last = to;
            }
        }
    }
}

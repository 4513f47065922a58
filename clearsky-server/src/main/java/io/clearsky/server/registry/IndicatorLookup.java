package io.clearsky.server.registry;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.index.IndicatorIndex;
import io.clearsky.core.indicator.Assessment;
import io.clearsky.core.indicator.Route;
import io.clearsky.core.warning.IndexWatchlist;
import io.clearsky.core.warning.Watchlist;
import io.clearsky.server.registry.internal.Indicator;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The registry as the real-time check reads it: an {@link IndicatorIndex} in memory, loaded from the database at
 * start and following its changes within a second. Never touches the database itself.
 */
@Component
public class IndicatorLookup {

    private final IndicatorIndex index;
    private final Clock clock;
    private final Watchlist watchlist;
    private volatile Day day = new Day(0, 0, 0);

    IndicatorLookup(IndicatorIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
        this.watchlist = new IndexWatchlist(index);
    }

    /** The verdict on one identifier, as of now. */
    public Assessment assess(Identifier identifier, Route route) {
        return index.assess(identifier, route, today());
    }

    /** The verdicts on many identifiers, in order; phone numbers are looked up as one batch. */
    public Assessment[] assessAll(java.util.List<Identifier> identifiers, Route route) {
        return index.assessAll(identifiers, route, today());
    }

    /**
     * The risk rules' view of the registry: the same live index, kept current by the registry's follower, so a
     * number the registry lists or suspects is seen by the next event. Rules ask with the event's own day.
     */
    public Watchlist watchlist() {
        return watchlist;
    }

    private long today() {
        long now = clock.millis();
        Day day = this.day;
        if (now < day.startMillis() || now >= day.endMillis()) {
            LocalDate date = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(now), Indicator.ZONE);
            day = new Day(
                    date.toEpochDay(),
                    date.atStartOfDay(Indicator.ZONE).toInstant().toEpochMilli(),
                    date.plusDays(1).atStartOfDay(Indicator.ZONE).toInstant().toEpochMilli());
            this.day = day;
        }
        return day.epochDay();
    }

    /** Today in the listing zone, cached: every check needs it, and working it out from the clock allocates. */
    private record Day(long epochDay, long startMillis, long endMillis) {}
}

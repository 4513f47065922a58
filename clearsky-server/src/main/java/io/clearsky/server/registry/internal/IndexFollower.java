package io.clearsky.server.registry.internal;

import io.clearsky.core.index.IndicatorIndex;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the in-memory index equal to the database. At start it reads every indicator; then it polls the change log
 * every 250 ms.
 *
 * <p>Change-log sequence numbers are handed out when a transaction inserts, not when it commits, so a poll may see
 * seq 7 committed while seq 6 is still in flight. Every change is applied with the indicator's current full state,
 * so applying twice is harmless: the follower re-reads from its watermark (the highest seq below which there is no
 * gap) and only moves the watermark past a gap that has stayed open for {@value #GAP_PATIENCE_SECONDS} seconds
 * (a rolled-back transaction leaves a gap forever).
 */
@Component
class IndexFollower implements InitializingBean, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    static final int GAP_PATIENCE_SECONDS = 5;
    private static final int BATCH = 10_000;

    private final Indicators indicators;
    private final IndicatorIndex index;
    private final Clock clock;
    private final AtomicLong watermark = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();
    private volatile @Nullable Instant gapSince;
    private volatile Instant lastPoll = Instant.EPOCH;

    IndexFollower(Indicators indicators, IndicatorIndex index, Clock clock, MeterRegistry meters) {
        this.indicators = indicators;
        this.index = index;
        this.clock = clock;
        Gauge.builder("clearsky.index.size", index, IndicatorIndex::size)
                .description("identifiers in the in-memory lookup index")
                .register(meters);
        Gauge.builder("clearsky.index.watermark", watermark, AtomicLong::get)
                .description("last indicator change applied without gaps")
                .register(meters);
    }

    @Override
    public void afterPropertiesSet() {
        long started = System.nanoTime();
        long from = indicators.lastChange();
        AtomicLong loaded = new AtomicLong();
        indicators.forEach(IndicatorFilter.ALL, indicator -> {
            index.put(indicator.identifier(), indicator.state().pack());
            loaded.incrementAndGet();
        });
        watermark.set(from);
        log.info(
                "Lookup index loaded {} indicators in {} ms; following changes after #{}",
                loaded.get(),
                (System.nanoTime() - started) / 1_000_000,
                from);
    }

    @Scheduled(fixedDelay = 250)
    void follow() {
        int read;
        do {
            read = pollOnce();
        } while (read == BATCH && gapSince == null);
    }

    /**
     * Drops change records older than a day, hourly. A replica only reads the change log past its own watermark,
     * and one that was away longer than that reloads the whole registry when it starts.
     */
    @Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
    void prune() {
        int pruned = indicators.pruneChanges(clock.instant().minus(Duration.ofDays(1)));
        if (pruned > 0) {
            log.info("Pruned {} indicator changes older than a day", pruned);
        }
    }

    /** Applies the changes after the watermark; returns how many it read. */
    int pollOnce() {
        long mark = watermark.get();
        List<Indicators.Change> changes = indicators.changesAfter(mark, BATCH);
        long contiguous = mark;
        boolean gap = false;
        for (Indicators.Change change : changes) {
            Indicator indicator = change.indicator();
            index.put(indicator.identifier(), indicator.state().pack());
            applied.incrementAndGet();
            if (!gap && change.seq() == contiguous + 1) {
                contiguous = change.seq();
            } else {
                gap = true;
            }
        }
        Instant now = clock.instant();
        if (gap) {
            if (gapSince == null) {
                gapSince = now;
            } else if (Duration.between(gapSince, now).getSeconds() >= GAP_PATIENCE_SECONDS) {
                contiguous = changes.get(changes.size() - 1).seq();
                gapSince = null;
            }
        } else {
            gapSince = null;
        }
        watermark.set(contiguous);
        lastPoll = now;
        return changes.size();
    }

    @Override
    public Health health() {
        Duration sincePoll = Duration.between(lastPoll, clock.instant());
        Health.Builder health = sincePoll.getSeconds() > 10 ? Health.down() : Health.up();
        return health.withDetail("identifiers", index.size())
                .withDetail("watermark", watermark.get())
                .withDetail("lastPoll", lastPoll.toString())
                .build();
    }
}

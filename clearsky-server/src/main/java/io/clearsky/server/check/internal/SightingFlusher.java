package io.clearsky.server.check.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.server.registry.RegistryManagement;
import io.clearsky.server.registry.SightingsRecorded;
import io.clearsky.server.registry.SightingsRecorded.Sighted;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the recorded sightings to their daily roll-ups every second, in one transaction that also publishes
 * {@link SightingsRecorded} (so the registry keeps the listings alive). If the database is away, the sightings go
 * back into the recorder and are written on a later tick.
 *
 * <p>Listings live in whole days, so the registry hears of an indicator once a day, not once a second (and at once
 * when the listing had lapsed, since the sighting brings it back): this replica
 * remembers which indicators it reported on which day (a failed write throws before remembering, and is retried with
 * its events). Events carry at most {@value #PER_EVENT} sightings each, so each stays small in the event publication
 * registry, whose H2 table holds 4,000 characters an event.
 */
@Component
class SightingFlusher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SightingFlusher.class);
    static final int PER_EVENT = 20;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final SightingRecorder recorder;
    private final Sightings sightings;
    private final RegistryManagement registry;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Cache<String, LocalDate> reportedToday = Caffeine.newBuilder()
            .maximumSize(1_000_000)
            .expireAfterWrite(Duration.ofHours(25))
            .build();

    SightingFlusher(
            SightingRecorder recorder,
            Sightings sightings,
            RegistryManagement registry,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            MeterRegistry meters) {
        this.recorder = recorder;
        this.sightings = sightings;
        this.registry = registry;
        this.events = events;
        this.transactions = transactions;
        Gauge.builder("clearsky.sightings.pending", recorder, SightingRecorder::pendingCount)
                .description("indicator-days of sightings waiting to be written; growing means the database is away")
                .register(meters);
    }

    @Scheduled(fixedDelay = 1000)
    void flush() {
        List<SightingRecorder.Drained> drained = recorder.drain();
        if (drained.isEmpty()) {
            return;
        }
        try {
            List<Sighted> reported = transactions.execute(tx -> write(drained));
            reported.forEach(
                    s -> reportedToday.put(s.kind() + ":" + s.value(), LocalDate.ofInstant(s.lastSeen(), ZONE)));
        } catch (RuntimeException e) {
            log.warn("Could not write {} sightings, will retry: {}", drained.size(), e.getMessage());
            recorder.restore(drained);
        }
    }

    private List<Sighted> write(List<SightingRecorder.Drained> drained) {
        Map<IndicatorKind, List<SightingRecorder.Drained>> byKind =
                drained.stream().collect(Collectors.groupingBy(d -> d.key().kind()));
        List<Sighted> news = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            Map<String, Long> ids = registry.idsOf(
                    kind, list.stream().map(d -> d.key().value()).distinct().toList());
            for (SightingRecorder.Drained d : list) {
                Long id = ids.get(d.key().value());
                if (id != null) {
                    sightings.add(id, d);
                    LocalDate reported =
                            reportedToday.getIfPresent(kind + ":" + d.key().value());
                    if (d.lapsed() || reported == null || d.key().day().isAfter(reported)) {
                        news.add(new Sighted(kind, d.key().value(), d.last()));
                    }
                }
            }
        });
        for (int from = 0; from < news.size(); from += PER_EVENT) {
            events.publishEvent(new SightingsRecorded(news.subList(from, Math.min(news.size(), from + PER_EVENT))));
        }
        return news;
    }

    @Override
    public void destroy() {
        flush();
    }
}

package io.clearsky.server.check.internal;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.server.registry.RegistryManagement;
import io.clearsky.server.registry.SightingsRecorded;
import io.clearsky.server.registry.SightingsRecorded.Sighted;
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
 */
@Component
class SightingFlusher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SightingFlusher.class);

    private final SightingRecorder recorder;
    private final Sightings sightings;
    private final RegistryManagement registry;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    SightingFlusher(
            SightingRecorder recorder,
            Sightings sightings,
            RegistryManagement registry,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.recorder = recorder;
        this.sightings = sightings;
        this.registry = registry;
        this.events = events;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelay = 1000)
    void flush() {
        List<SightingRecorder.Drained> drained = recorder.drain();
        if (drained.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(tx -> write(drained));
        } catch (RuntimeException e) {
            log.warn("Could not write {} sightings, will retry: {}", drained.size(), e.getMessage());
            recorder.restore(drained);
        }
    }

    private void write(List<SightingRecorder.Drained> drained) {
        Map<IndicatorKind, List<SightingRecorder.Drained>> byKind =
                drained.stream().collect(Collectors.groupingBy(d -> d.key().kind()));
        List<Sighted> seen = new ArrayList<>(drained.size());
        byKind.forEach((kind, list) -> {
            Map<String, Long> ids = registry.idsOf(
                    kind, list.stream().map(d -> d.key().value()).distinct().toList());
            for (SightingRecorder.Drained d : list) {
                Long id = ids.get(d.key().value());
                if (id != null) {
                    sightings.add(id, d);
                    seen.add(new Sighted(kind, d.key().value(), d.last()));
                }
            }
        });
        if (!seen.isEmpty()) {
            events.publishEvent(new SightingsRecorded(seen));
        }
    }

    @Override
    public void destroy() {
        flush();
    }
}

package io.clearsky.server.warning.internal;

import io.clearsky.server.warning.WarningSettings;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes stored events older than {@code clearsky.warning.retention} (by arrival), in chunks, every hour. Their
 * decisions and tasks stay: they are the record; only the replayable stream and resend recognition end there.
 */
@Component
class EventRetention {

    private static final Logger log = LoggerFactory.getLogger(EventRetention.class);
    private static final int CHUNK = 10_000;

    private final RiskEvents events;
    private final WarningSettings settings;
    private final Clock clock;

    EventRetention(RiskEvents events, WarningSettings settings, Clock clock) {
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
    int purge() {
        Instant before = clock.instant().minus(settings.retention());
        int purged = 0;
        int chunk;
        do {
            chunk = events.purgeReceivedBefore(before, CHUNK);
            purged += chunk;
        } while (chunk == CHUNK);
        if (purged > 0) {
            log.info("Purged {} warning events received before {}", purged, before);
        }
        return purged;
    }
}

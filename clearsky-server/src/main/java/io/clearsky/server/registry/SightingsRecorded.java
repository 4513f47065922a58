package io.clearsky.server.registry;

import io.clearsky.core.identifier.IndicatorKind;
import java.time.Instant;
import java.util.List;

/**
 * Listed indicators were seen in use (a check hit them). Published by whoever sees them, today the check module;
 * the registry keeps them alive: a sighting extends a phone number's listing and reactivates an expired one.
 */
public record SightingsRecorded(List<Sighted> sightings) {

    public SightingsRecorded {
        sightings = List.copyOf(sightings);
    }

    /** One indicator, seen last at {@code lastSeen}. */
    public record Sighted(IndicatorKind kind, String value, Instant lastSeen) {}
}

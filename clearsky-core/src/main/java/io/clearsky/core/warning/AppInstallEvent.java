package io.clearsky.core.warning;

import java.time.Instant;
import java.util.Objects;

/** A subscriber installing an app, named by its package or store id (e.g. a screen-sharing app a fraudster asked for). */
public record AppInstallEvent(String id, Instant at, String subscriber, String app) implements RiskEvent {

    public AppInstallEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(app, "app");
    }

    @Override
    public String type() {
        return "app-install";
    }
}

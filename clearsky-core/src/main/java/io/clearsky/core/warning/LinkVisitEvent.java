package io.clearsky.core.warning;

import java.time.Instant;
import java.util.Objects;

/** A subscriber opening a link (canonical URL), as a phone security app or a browser partner saw it. */
public record LinkVisitEvent(String id, Instant at, String subscriber, String url) implements RiskEvent {

    public LinkVisitEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(url, "url");
    }

    @Override
    public String type() {
        return "link-visit";
    }
}

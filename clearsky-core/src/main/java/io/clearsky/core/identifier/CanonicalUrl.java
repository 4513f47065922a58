package io.clearsky.core.identifier;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A canonical URL with its host and registrable domain (null for IP-address hosts). */
public record CanonicalUrl(
        String url, String host, @Nullable String registrableDomain) {

    public CanonicalUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(host, "host");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("not an http or https URL: " + url);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("a URL has a host");
        }
    }

    /** This URL as a URL identifier keyed by its canonical text. */
    public Identifier toIdentifier() {
        return new Identifier(IndicatorKind.URL, url);
    }
}

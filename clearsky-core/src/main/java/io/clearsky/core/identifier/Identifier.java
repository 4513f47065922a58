package io.clearsky.core.identifier;

import java.util.Objects;

/**
 * An identifier of a kind with its canonical text value, the key indicators are registered under.
 *
 * <p>Obtain one from {@link Identifiers#parse(IndicatorKind, String)}; the constructor only refuses
 * null and blank values, it does not normalise.
 */
public record Identifier(IndicatorKind kind, String value) {

    public Identifier {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an identifier value must not be blank");
        }
    }
}

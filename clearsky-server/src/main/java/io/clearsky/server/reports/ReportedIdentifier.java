package io.clearsky.server.reports;

import io.clearsky.core.identifier.Identifier;
import org.jspecify.annotations.Nullable;

/**
 * One identifier in a report: as the victim wrote it, and its canonical form when it could be read. One that could
 * not be read is kept as written with the reason, never dropped: an analyst may still recognise it.
 *
 * @param value the canonical form, null when unreadable
 * @param problem why it could not be read, null when it could
 */
public record ReportedIdentifier(
        ReportedKind kind,
        String raw,
        @Nullable String value,
        @Nullable String problem) {

    public boolean normalised() {
        return value != null;
    }

    /** The registry identifier, for a readable identifier of a registry kind; null otherwise. */
    public @Nullable Identifier identifier() {
        return value == null || kind.indicatorKind() == null ? null : new Identifier(kind.indicatorKind(), value);
    }
}

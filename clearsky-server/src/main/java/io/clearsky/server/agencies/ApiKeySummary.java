package io.clearsky.server.agencies;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API key as anyone may see it later: never the key itself. */
public record ApiKeySummary(
        long id,
        long agencyId,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant revokedAt) {}

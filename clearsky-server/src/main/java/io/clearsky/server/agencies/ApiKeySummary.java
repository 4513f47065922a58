package io.clearsky.server.agencies;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An API key as anyone may see it later: never the key itself.
 *
 * @param role what the key acts as
 * @param scopes the permissions the key is narrowed to; null for all of its role's
 * @param expiresAt when requests with the key start to fail (brought forward by a rotation to the end of its overlap)
 * @param rotatedTo the key that replaced this one, if it was rotated
 */
public record ApiKeySummary(
        long id,
        long agencyId,
        String name,
        String prefix,
        Role role,
        @Nullable Set<Permission> scopes,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable Long rotatedTo) {

    /** Whether requests with this key are answered at this instant. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}

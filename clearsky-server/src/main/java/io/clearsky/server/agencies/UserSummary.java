package io.clearsky.server.agencies;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person who logs in, as their admin or supervisor sees them: never the password.
 *
 * @param lockedUntil when a lockout after failed logins ends, if one is on now
 */
public record UserSummary(
        String username,
        Role role,
        @Nullable Long agencyId,
        boolean passwordChangeRequired,
        @Nullable Instant lockedUntil,
        Instant createdAt) {}

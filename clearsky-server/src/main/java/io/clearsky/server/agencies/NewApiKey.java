package io.clearsky.server.agencies;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to issue an API key.
 *
 * @param name what the key is for, e.g. "production app backend"
 * @param role what the key acts as; PARTNER for a partner's keys, SUPERVISOR for a centre's unless given
 * @param scopes the permissions to narrow the key to, e.g. ["CHECK"] for a phone app's backend; null for all the role's
 * @param expiresInDays how long the key lives; a year unless given
 */
public record NewApiKey(
        String name,
        @Nullable Role role,
        @Nullable List<String> scopes,
        @Nullable Integer expiresInDays) {}

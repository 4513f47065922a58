package io.clearsky.server.agencies.internal;

import io.clearsky.server.RateLimit;
import java.time.Duration;

/** The API's rate limits, shared by {@link RequestGuard} and {@link CallerLimits}. */
record RateLimits(RateLimit perKey, RateLimit perUser, RateLimit perAddress) {

    static RateLimits of(SecuritySettings.RateLimits settings) {
        return new RateLimits(
                new RateLimit("requests with this API key", settings.perKeyPerSecond(), Duration.ofSeconds(1)),
                new RateLimit("requests by this user", settings.perUserPerMinute(), Duration.ofMinutes(1)),
                new RateLimit(
                        "requests from this address without an API key or login",
                        settings.perAddressPerMinute(),
                        Duration.ofMinutes(1)));
    }
}

package io.clearsky.server.agencies.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one caller may send ({@code clearsky.security.*}); see docs/api.md for the reasoning behind the defaults.
 *
 * @param rateLimits requests per caller and time
 * @param requestLimits how big one request's body may be
 */
@ConfigurationProperties("clearsky.security")
record SecuritySettings(
        @DefaultValue RateLimits rateLimits, @DefaultValue RequestLimits requestLimits) {

    /**
     * Requests per caller ({@code clearsky.security.rate-limits.*}); a limit is also the largest burst.
     *
     * @param perKeyPerSecond requests one API key may make in a second: a payment platform sends thousands of
     *     transfer checks a second with one key, a phone security app more checks than that
     * @param perUserPerMinute requests one person logged in with a password may make in a minute
     * @param perAddressPerMinute requests one client address may make in a minute without a valid API key or login
     *     (the public intake, the API docs, health probes, and every attempt with an unknown key)
     */
    record RateLimits(
            @DefaultValue("20000") int perKeyPerSecond,
            @DefaultValue("1200") int perUserPerMinute,
            @DefaultValue("600") int perAddressPerMinute) {}

    /**
     * Request body sizes ({@code clearsky.security.request-limits.*}); a bigger body gets 413.
     *
     * @param maxBody the largest JSON (or other) body: a batch of 10,000 transfers is about 3 MB
     * @param maxUpload the largest upload (multipart, CSV, plain text or octet-stream), such as a police list import;
     *     keep {@code spring.servlet.multipart.max-request-size} the same
     */
    record RequestLimits(
            @DefaultValue("16MB") DataSize maxBody,
            @DefaultValue("200MB") DataSize maxUpload) {}
}

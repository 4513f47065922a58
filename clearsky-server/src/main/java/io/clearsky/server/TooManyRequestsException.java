package io.clearsky.server;

import java.time.Duration;

/** A caller over its rate limit; answered with 429, a Retry-After header and what the limit was. */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** A wait in whole seconds for the Retry-After header, rounded up and at least one. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}

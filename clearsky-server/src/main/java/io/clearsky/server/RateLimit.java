package io.clearsky.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * A token bucket per key (a client address, a reporter, an API key): {@code capacity} requests per {@code period},
 * held in memory for as long as it is in use. Each replica keeps its own, so behind a load balancer of n replicas a
 * client can get up to n times the limit; that still stops one client flooding the service, which is what it is for.
 */
public final class RateLimit {

    // Bucket4j's greedy refill spreads the period's tokens evenly, so a burst of the full allowance is possible only
    // from a full bucket, and a client that keeps sending gets one request per (period / capacity). A bucket is a
    // lock-free compare-and-set on one object, and the Caffeine lookup before it is a hash-map read: a few hundred
    // nanoseconds on a request, which is why the per-key limit can sit in front of the check fast paths.

    private final String what;
    private final long capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    /**
     * @param what what is counted, for the 429's detail ("requests with this API key")
     * @param capacity requests per period, and the largest burst
     * @param period the period the capacity refills over
     */
    public RateLimit(String what, long capacity, Duration period) {
        if (capacity < 1) {
            throw new IllegalArgumentException(what + ": a limit is at least 1, is " + capacity);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(what + ": a limit's period is positive, is " + period);
        }
        this.what = what;
        this.capacity = capacity;
        this.period = period;
        // a bucket unused for its whole period is full again, so forgetting it changes nothing
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(period)
                .maximumSize(1_000_000)
                .build();
    }

    /** Takes one request from the key's allowance, or throws 429 saying when to come back. */
    public void take(String key) {
        Duration wait = waitAfterTaking(key);
        if (!wait.isZero()) {
            throw new TooManyRequestsException(describe(), wait);
        }
    }

    /**
     * Takes one request from the key's allowance and answers zero, or, when none is left, takes nothing and answers
     * how long until one is; for filters, which answer the 429 themselves.
     */
    public Duration waitAfterTaking(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
    }

    /** Whether the key may make one more request, taking it if so. */
    public boolean tryTake(String key) {
        return bucket(key).tryConsume(1);
    }

    /** Returns a request taken for something that turned out not to count (a resend of one counted before). */
    public void giveBack(String key) {
        bucket(key).addTokens(1);
    }

    /** The limit in words, for a 429's detail: "at most 30 reports from this address per hour". */
    public String describe() {
        return "at most " + capacity + " " + what + " per " + describe(period);
    }

    private Bucket bucket(String key) {
        return buckets.get(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillGreedy(capacity, period)
                                .build())
                        .build());
    }

    private static String describe(Duration period) {
        if (period.equals(Duration.ofDays(1))) {
            return "day";
        }
        if (period.equals(Duration.ofHours(1))) {
            return "hour";
        }
        if (period.equals(Duration.ofMinutes(1))) {
            return "minute";
        }
        if (period.equals(Duration.ofSeconds(1))) {
            return "second";
        }
        return period.toString();
    }
}

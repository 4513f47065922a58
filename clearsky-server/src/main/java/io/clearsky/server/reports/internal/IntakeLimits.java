package io.clearsky.server.reports.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clearsky.server.TooManyRequestsException;
import io.clearsky.server.reports.ReportSettings;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client address and per reporter, held in memory for as long as they are in use. Each replica
 * keeps its own, so behind a load balancer of n replicas a client can get up to n times the limit; that still stops
 * a script flooding the intake, which is what they are for.
 */
@Component
@EnableConfigurationProperties(ReportSettings.class)
public class IntakeLimits {

    // Bucket4j's greedy refill spreads the hour's tokens evenly, so a burst of the full hourly allowance is possible
    // only from a full bucket, and a client that keeps sending gets one request per (hour / limit).

    private final Limit filingsPerAddress;
    private final Limit filingsPerReporter;
    private final Limit lookupsPerAddress;

    IntakeLimits(ReportSettings settings) {
        this.filingsPerAddress =
                new Limit("reports from this address", settings.perAddressPerHour(), Duration.ofHours(1));
        this.filingsPerReporter =
                new Limit("reports from this reporter", settings.perReporterPerDay(), Duration.ofDays(1));
        this.lookupsPerAddress =
                new Limit("status lookups from this address", settings.lookupsPerAddressPerHour(), Duration.ofHours(1));
    }

    /** Takes one filing from the address's allowance, or throws 429. */
    public void fileFromAddress(String address) {
        filingsPerAddress.take(address, 1);
    }

    /** Takes one filing from the reporter's allowance, or throws 429. */
    public void fileByReporter(String phone) {
        filingsPerReporter.take(phone, 1);
    }

    /** Whether the reporter may file one more, taking it if so; for batches, which refuse one report at a time. */
    public boolean tryFileByReporter(String phone) {
        return filingsPerReporter.tryTake(phone);
    }

    /** Returns a filing taken for a report that turned out to be a resend of one filed before. */
    public void giveBackToReporter(String phone) {
        filingsPerReporter.giveBack(phone);
    }

    /** Takes one status lookup from the address's allowance, or throws 429. */
    public void lookUpFromAddress(String address) {
        lookupsPerAddress.take(address, 1);
    }

    private static final class Limit {

        private final String what;
        private final int capacity;
        private final Duration period;
        private final Cache<String, Bucket> buckets;

        Limit(String what, int capacity, Duration period) {
            if (capacity < 1) {
                throw new IllegalArgumentException(what + ": a limit is at least 1, is " + capacity);
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

        void take(String key, int tokens) {
            ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(tokens);
            if (!probe.isConsumed()) {
                throw new TooManyRequestsException(
                        "at most " + capacity + " " + what + " per " + describe(period),
                        Duration.ofNanos(probe.getNanosToWaitForRefill()));
            }
        }

        boolean tryTake(String key) {
            return bucket(key).tryConsume(1);
        }

        void giveBack(String key) {
            bucket(key).addTokens(1);
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
            return period.toDays() >= 1 ? "day" : "hour";
        }
    }
}

package io.clearsky.bench.load;

import java.util.List;
import java.util.Optional;

/**
 * What one run of the load driver measured, for a caller that prints its own table; a phase that did not run is
 * empty, and the notes say why.
 *
 * @param singleChecks single checks, requests a second
 * @param batchRequests batch checks, requests a second (each of {@code batchSize} identifiers)
 * @param batchSize identifiers in each batch request
 * @param redisGets the Redis peer, GETs a second
 * @param postgresLookups the PostgreSQL peer, primary-key lookups a second
 * @param notes what the driver noted: skipped peers, errors under load, server log lines
 */
public record LoadResults(
        Optional<Rate> singleChecks,
        Optional<Rate> batchRequests,
        int batchSize,
        Optional<Rate> redisGets,
        Optional<Rate> postgresLookups,
        List<String> notes) {

    public LoadResults {
        notes = List.copyOf(notes);
    }

    /** A phase's throughput a second with its latency percentiles in milliseconds, NaN where the tool gave none. */
    public record Rate(double perSecond, double p50Millis, double p99Millis) {}

    /** Identifiers the batch phase checked a second: requests a second times identifiers a request. */
    public Optional<Double> batchIdentifiersPerSecond() {
        return batchRequests.map(batch -> batch.perSecond() * batchSize);
    }
}

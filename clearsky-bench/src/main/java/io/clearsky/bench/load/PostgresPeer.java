package io.clearsky.bench.load;

import io.clearsky.bench.ScratchDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.postgresql.PGConnection;

/**
 * Peer B: a primary-key lookup in PostgreSQL over JDBC, {@code select state from numbers where number = ?}, on a
 * database of its own holding the same numbers.
 */
final class PostgresPeer {

    // Concurrency: T threads, each with its own connection and prepared statement (pgjdbc turns it into a
    // server-side prepared statement after five uses), no pool in between. That is the cheapest path a JDBC
    // client has, so PostgreSQL is measured at its best. Each thread records every lookup's latency in its own
    // growing long[]; the arrays are merged and sorted once at the end.

    private static final int MAX_SAMPLES_PER_THREAD = 1 << 23;

    private PostgresPeer() {}

    /** What the lookup loop measured; latencies in milliseconds. */
    record Result(
            double lookupsPerSecond,
            long lookups,
            long found,
            double p50Millis,
            double p99Millis,
            int threads,
            String serverVersion) {}

    /** Why PostgreSQL cannot be measured, or empty if a connection opens. */
    static Optional<String> unreachable(String url, String user, String password) {
        try (Connection ignored = connect(url, user, password)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("PostgreSQL is not reachable at " + url + " as " + user + " (" + e.getMessage() + ")");
        }
    }

    /**
     * Creates {@code clearsky_bench_<random>}, loads {@code keys} with COPY, runs the lookup loop for the warm-up and
     * then for the measured duration, and drops the database whatever happens.
     */
    static Result run(
            String url,
            String user,
            String password,
            long[] keys,
            long[] probes,
            int threads,
            Duration warmup,
            Duration duration,
            StringBuilder transcript)
            throws SQLException, IOException, InterruptedException {
        try (ScratchDatabase scratch = ScratchDatabase.create(url, user, password)) {
            String benchUrl = scratch.url();
            String version;
            long loadStarted = System.nanoTime();
            try (Connection connection = scratch.connect()) {
                version = connection.getMetaData().getDatabaseProductVersion();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create table numbers(number bigint primary key, state bigint not null)");
                }
                StringBuilder rows = new StringBuilder(keys.length * 24);
                for (long key : keys) {
                    rows.append(key).append('\t').append(key ^ 0x5DEECE66DL).append('\n');
                }
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy numbers(number, state) from stdin", new StringReader(rows.toString()));
                try (Statement statement = connection.createStatement()) {
                    statement.execute("vacuum analyze numbers");
                }
            }
            transcript.append(String.format(
                    "PostgreSQL %s: database %s, %,d rows loaded with COPY in %.1f s%n",
                    version, scratch.name(), keys.length, (System.nanoTime() - loadStarted) / 1e9));
            if (!warmup.isZero()) {
                loop(benchUrl, user, password, probes, threads, warmup);
            }
            Result result = loop(benchUrl, user, password, probes, threads, duration);
            transcript.append("dropping database ").append(scratch.name()).append('\n');
            return new Result(
                    result.lookupsPerSecond(),
                    result.lookups(),
                    result.found(),
                    result.p50Millis(),
                    result.p99Millis(),
                    threads,
                    version);
        }
    }

    private static Result loop(String url, String user, String password, long[] probes, int threads, Duration duration)
            throws SQLException, InterruptedException {
        List<Connection> connections = new ArrayList<>(threads);
        try {
            for (int i = 0; i < threads; i++) {
                connections.add(connect(url, user, password));
            }
            long[][] samples = new long[threads][];
            int[] counts = new int[threads];
            long[] totals = new long[threads];
            long[] found = new long[threads];
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> workers = new ArrayList<>(threads);
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Connection connection = connections.get(t);
                Thread worker = new Thread(
                        () -> {
                            long[] mine = new long[1 << 16];
                            int count = 0;
                            int index = (int) ((thread * 7919L) % probes.length);
                            try (PreparedStatement select =
                                    connection.prepareStatement("select state from numbers where number = ?")) {
                                long now = System.nanoTime();
                                while (now < end) {
                                    select.setLong(1, probes[index]);
                                    index = index + 1 == probes.length ? 0 : index + 1;
                                    try (ResultSet rows = select.executeQuery()) {
                                        if (rows.next()) {
                                            found[thread]++;
                                        }
                                    }
                                    long after = System.nanoTime();
                                    if (count == mine.length && mine.length < MAX_SAMPLES_PER_THREAD) {
                                        mine = Arrays.copyOf(mine, mine.length * 2);
                                    }
                                    if (count < mine.length) {
                                        mine[count++] = after - now;
                                    }
                                    totals[thread]++;
                                    now = after;
                                }
                            } catch (SQLException | RuntimeException e) {
                                failure.compareAndSet(null, e);
                            }
                            samples[thread] = mine;
                            counts[thread] = count;
                        },
                        "pg-lookup-" + t);
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join(duration.toMillis() + 30_000);
                if (worker.isAlive()) {
                    worker.interrupt();
                    throw new IllegalStateException(worker.getName() + " did not stop in time");
                }
            }
            long elapsed = System.nanoTime() - start;
            if (failure.get() != null) {
                throw new IllegalStateException("a lookup failed: " + failure.get(), failure.get());
            }
            long lookups = Arrays.stream(totals).sum();
            long[] all = merge(samples, counts);
            Arrays.sort(all);
            return new Result(
                    lookups / (elapsed / 1e9),
                    lookups,
                    Arrays.stream(found).sum(),
                    percentile(all, 0.50) / 1e6,
                    percentile(all, 0.99) / 1e6,
                    threads,
                    "");
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /** The value at quantile {@code q} of sorted samples (nearest rank), or NaN if there are none. */
    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }

    private static long[] merge(long[][] samples, int[] counts) {
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int i = 0; i < samples.length; i++) {
            if (samples[i] != null) {
                System.arraycopy(samples[i], 0, all, at, counts[i]);
                at += counts[i];
            }
        }
        return all;
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        return ScratchDatabase.connect(url, user, password);
    }
}

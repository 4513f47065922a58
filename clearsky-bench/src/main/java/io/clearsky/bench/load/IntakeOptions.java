package io.clearsky.bench.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The intake load driver's command-line options and their defaults. */
record IntakeOptions(
        Path serverJar,
        List<String> serverJvm,
        int threads,
        int batchSize,
        Duration warmup,
        Duration duration,
        Duration singleWarmup,
        Duration singleDuration,
        long seed,
        String pgUrl,
        String pgUser,
        String pgPassword,
        Set<String> skip,
        @Nullable Path out,
        @Nullable Path serverLog) {

    static final Set<String> PHASES = Set.of("batch", "single");
    static final int MAX_BATCH = 500;

    static final String USAGE = """
            Usage: java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.load.IntakeLoadDriver [options]
            Run from the repository root. The server and PostgreSQL are on 127.0.0.1.
              --server-jar PATH        server jar (clearsky-server/target/clearsky-server-0.1.0-SNAPSHOT.jar)
              --server-jvm "FLAGS"     the server's JVM flags ("-Xmx2g")
              --threads N              client threads, each with one request in flight (8)
              --batch-size N           reports per batch, 1 to 500 (100)
              --warmup D               batches before the measured period, e.g. 10s, 1m (30s; 0s for none)
              --duration D             the measured period of batches (30s)
              --single-warmup D        single reports before their measured period (5s)
              --single-duration D      the measured period of single reports (15s)
              --seed N                 seed of the generated reports (20261124)
              --pg-url URL             PostgreSQL server for the scratch database
                                       (jdbc:postgresql://127.0.0.1:5432/postgres)
              --pg-user NAME           (postgres)
              --pg-password TEXT       (environment PGPASSWORD, else none)
              --skip a,b               phases to skip: batch, single
              --out PATH               also write the report as Markdown here
              --server-log PATH        keep the server's log here
            """;

    /** Parses {@code --name value} pairs; unknown names and bad values fail with the usage. */
    static IntakeOptions parse(String... args) {
        LoadOptions.Options o = LoadOptions.Options.of(args);
        Set<String> skip = Set.copyOf(Arrays.stream(o.text("skip", "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList());
        for (String phase : skip) {
            if (!PHASES.contains(phase)) {
                throw new IllegalArgumentException("--skip takes batch, single; got " + phase);
            }
        }
        String pgUrl = o.text("pg-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        if (!pgUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--pg-url is jdbc:postgresql://host:port/database, got " + pgUrl);
        }
        LoadOptions.requireLoopback(
                URI.create(pgUrl.substring("jdbc:".length())).getHost(), "--pg-url");
        String out = o.text("out", "");
        String log = o.text("server-log", "");
        IntakeOptions options = new IntakeOptions(
                Path.of(o.text("server-jar", "clearsky-server/target/clearsky-server-0.1.0-SNAPSHOT.jar")),
                List.of(o.text("server-jvm", "-Xmx2g").trim().split("\\s+")),
                o.integer("threads", 8),
                o.integer("batch-size", 100),
                o.duration("warmup", "30s"),
                o.duration("duration", "30s"),
                o.duration("single-warmup", "5s"),
                o.duration("single-duration", "15s"),
                Long.parseLong(o.text("seed", "20261124")),
                pgUrl,
                o.text("pg-user", "postgres"),
                o.text("pg-password", System.getenv().getOrDefault("PGPASSWORD", "")),
                skip,
                out.isEmpty() ? null : Path.of(out),
                log.isEmpty() ? null : Path.of(log));
        o.rejectUnused();
        if (options.threads() < 1 || options.threads() > 256) {
            throw new IllegalArgumentException("--threads is 1 to 256");
        }
        if (options.batchSize() < 1 || options.batchSize() > MAX_BATCH) {
            throw new IllegalArgumentException("--batch-size is 1 to " + MAX_BATCH + " (the server's batch limit)");
        }
        if (options.duration().toMillis() < 1000 || options.singleDuration().toMillis() < 1000) {
            throw new IllegalArgumentException("--duration and --single-duration are at least 1s");
        }
        if (options.skip().containsAll(PHASES)) {
            throw new IllegalArgumentException("--skip batch,single leaves nothing to measure");
        }
        return options;
    }

    boolean runs(String phase) {
        return !skip.contains(phase);
    }
}

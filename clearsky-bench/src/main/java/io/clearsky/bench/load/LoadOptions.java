package io.clearsky.bench.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The load driver's command-line options and their defaults. */
record LoadOptions(
        Path serverJar,
        List<String> serverJvm,
        int listed,
        double listedShare,
        long seed,
        Duration duration,
        Duration warmup,
        int wrkThreads,
        int connections,
        int batchConnections,
        int batchSize,
        String redisHost,
        int redisPort,
        String pgUrl,
        String pgUser,
        String pgPassword,
        int pgThreads,
        @Nullable Path ftc,
        Set<String> skip,
        @Nullable Path out,
        @Nullable Path serverLogDir,
        Duration importTimeout) {

    static final Path DEFAULT_FTC = Path.of("../shared/data/scam_numbers/ftc_dnc_90days/90days.csv");
    static final Set<String> PHASES = Set.of("single", "batch", "redis", "postgres", "ftc");

    static final String USAGE = """
            Usage: java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.load.CheckLoadDriver [options]
            Run from the repository root. Every target is on 127.0.0.1.
              --server-jar PATH        server jar (clearsky-server/target/clearsky-server-0.1.0-SNAPSHOT.jar)
              --server-jvm "FLAGS"     the server's JVM flags ("-Xmx2g")
              --listed N               generated CN mobile numbers on the police list (100000)
              --listed-share F         share of probes that are listed (0.10)
              --seed N                 seed of every generated number (20251124)
              --duration D             each measured phase, e.g. 30s, 2m (30s)
              --warmup D               an unmeasured run before each phase (10s; 0s for none)
              --wrk-threads N          wrk threads (2)
              --connections N          wrk connections for single checks, redis-benchmark clients (64)
              --batch-connections N    wrk connections for batch checks (8)
              --batch-size N           identifiers per batch request, at most 1000 (1000)
              --redis HOST:PORT        Redis to compare with (127.0.0.1:6379)
              --pg-url URL             PostgreSQL to compare with (jdbc:postgresql://127.0.0.1:5432/postgres)
              --pg-user NAME           (postgres)
              --pg-password TEXT       (environment PGPASSWORD, else none)
              --pg-threads N           lookup threads, one connection each (2 x available processors)
              --ftc PATH|none          real list to import: one ten-digit US number a line
                                       (../shared/data/scam_numbers/ftc_dnc_90days/90days.csv)
              --skip a,b               phases to skip: single, batch, redis, postgres, ftc
              --out PATH               also write the report as Markdown here
              --server-log-dir PATH    keep the servers' logs here
              --import-timeout D       longest wait for one import (60m)
            """;

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    /** Parses {@code --name value} pairs; unknown names and bad values fail with the usage. */
    static LoadOptions parse(String... args) {
        Options o = Options.of(args);
        String[] redis = o.text("redis", "127.0.0.1:6379").split(":");
        if (redis.length != 2) {
            throw new IllegalArgumentException("--redis is HOST:PORT");
        }
        String ftc = o.text("ftc", DEFAULT_FTC.toString());
        Set<String> skip = Set.copyOf(Arrays.stream(o.text("skip", "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList());
        for (String phase : skip) {
            if (!PHASES.contains(phase)) {
                throw new IllegalArgumentException("--skip takes " + PHASES + ", got " + phase);
            }
        }
        String out = o.text("out", "");
        String logs = o.text("server-log-dir", "");
        String pgUrl = o.text("pg-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        requireLoopback(redis[0], "--redis");
        requireLoopback(URI.create(pgUrl.substring("jdbc:".length())).getHost(), "--pg-url");
        LoadOptions options = new LoadOptions(
                Path.of(o.text("server-jar", "clearsky-server/target/clearsky-server-0.1.0-SNAPSHOT.jar")),
                List.of(o.text("server-jvm", "-Xmx2g").trim().split("\\s+")),
                o.integer("listed", 100_000),
                Double.parseDouble(o.text("listed-share", "0.10")),
                Long.parseLong(o.text("seed", "20251124")),
                o.duration("duration", "30s"),
                o.duration("warmup", "10s"),
                o.integer("wrk-threads", 2),
                o.integer("connections", 64),
                o.integer("batch-connections", 8),
                o.integer("batch-size", 1000),
                redis[0],
                Integer.parseInt(redis[1]),
                pgUrl,
                o.text("pg-user", "postgres"),
                o.text("pg-password", System.getenv().getOrDefault("PGPASSWORD", "")),
                o.integer("pg-threads", 2 * Runtime.getRuntime().availableProcessors()),
                ftc.equalsIgnoreCase("none") ? null : Path.of(ftc),
                skip,
                out.isEmpty() ? null : Path.of(out),
                logs.isEmpty() ? null : Path.of(logs),
                o.duration("import-timeout", "60m"));
        o.rejectUnused();
        if (options.batchSize() < 1 || options.batchSize() > 1000) {
            throw new IllegalArgumentException("--batch-size is 1 to 1000");
        }
        if (options.listed() < 1 || options.listedShare() < 0 || options.listedShare() > 1) {
            throw new IllegalArgumentException("--listed must be positive and --listed-share between 0 and 1");
        }
        if (options.duration().toSeconds() < 1) {
            throw new IllegalArgumentException("--duration is at least 1s (wrk counts whole seconds)");
        }
        return options;
    }

    boolean runs(String phase) {
        return !skip.contains(phase);
    }

    /** "30s", "500ms", "2m", "1h". */
    static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("a duration is a number and ms, s, m or h, got '" + text + "'");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    static void requireLoopback(@Nullable String host, String option) {
        try {
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException(option + " must point at this machine (127.0.0.1), got " + host);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(option + ": unknown host " + host, e);
        }
    }

    /** Reads named values and remembers which were used, so a misspelt option fails. */
    static final class Options {
        private final Map<String, String> given;
        private final List<String> used = new ArrayList<>();

        Options(Map<String, String> given) {
            this.given = given;
        }

        /** The {@code --name value} pairs of a command line. */
        static Options of(String... args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (!name.startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value, got '" + name + "'");
                }
                given.put(name.substring(2), args[++i]);
            }
            return new Options(given);
        }

        String text(String name, String fallback) {
            used.add(name);
            return given.getOrDefault(name, fallback);
        }

        int integer(String name, int fallback) {
            return Integer.parseInt(
                    text(name, String.valueOf(fallback)).replace("_", "").replace(",", ""));
        }

        Duration duration(String name, String fallback) {
            return parseDuration(text(name, fallback));
        }

        void rejectUnused() {
            for (String name : given.keySet()) {
                if (!used.contains(name)) {
                    throw new IllegalArgumentException("unknown option --" + name);
                }
            }
        }
    }
}

package io.clearsky.bench.load;

import io.clearsky.bench.load.ClearSkyClient.ImportOutcome;
import io.clearsky.bench.load.ClearSkyClient.Keys;
import io.clearsky.core.identifier.PhoneNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Measures the HTTP check API side by side with its peers (Redis GET, a PostgreSQL primary-key lookup) and prints the
 * table, also written as Markdown to {@code --out}. Run from the repository root after {@code ./mvnw -q -B package
 * -DskipTests}:
 *
 * <pre>
 * java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.load.CheckLoadDriver \
 *     --server-jar clearsky-server/target/clearsky-server-0.1.0-SNAPSHOT.jar --duration 30s --out target/check-load.md
 * </pre>
 *
 * <p>Phases: start the server jar on a free loopback port with a fresh data directory; import the generated police
 * list; single checks with wrk; batch checks with wrk; Redis GET with redis-benchmark; a PostgreSQL primary-key lookup
 * over JDBC; then, if the file is there, the real FTC list on a fresh server. {@code --help} lists the options. Needs
 * wrk ({@code apt-get install -y wrk}); Redis and PostgreSQL are skipped with a message when unreachable. {@link
 * #measure} runs the same phases for a caller that prints its own table, such as {@code io.clearsky.bench.BenchmarkTable}.
 */
public final class CheckLoadDriver {

    // The load generators run on the same machine as the server and compete with it for the CPU, as they
    // do for the peers: the figures compare like with like, and understate what a separate client box shows.

    private static final int PROBES = 100_000;
    private static final int BATCH_BODIES = 32;
    private static final int SUBSCRIBERS = 10_000;
    private static final int SAMPLE = 200;
    private static final double SINGLE_TARGET_RPS = 30_000;
    private static final double SINGLE_TARGET_P99_MS = 5;
    private static final double BATCH_TARGET_IDS = 1_000_000;

    private final LoadOptions options;
    private final LoadReport report;
    private final List<ServerProcess> running = new CopyOnWriteArrayList<>();
    private Path work = Path.of(".");
    private @Nullable Wrk wrk;

    private CheckLoadDriver(LoadOptions options, String commandLine) {
        this.options = options;
        this.report = new LoadReport(commandLine);
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(LoadOptions.USAGE);
            return;
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        CheckLoadDriver driver = new CheckLoadDriver(options, commandLine(args));
        Thread stopServers = new Thread(driver::stopServers, "stop-clearsky-servers");
        Runtime.getRuntime().addShutdownHook(stopServers);
        int status = 0;
        try {
            driver.run();
        } catch (Exception e) {
            System.err.println("check load failed: " + e.getMessage());
            driver.report.note("the run failed: " + e.getMessage());
            status = 1;
        } finally {
            driver.stopServers();
        }
        if (!driver.report.printAndWrite(options.out())) {
            status = 1;
        }
        System.exit(status);
    }

    /**
     * Runs the driver with these options (as on its command line) without printing its report, and hands back what
     * it measured; the servers it started are stopped when it returns.
     *
     * @throws IllegalArgumentException if an option is wrong
     */
    public static LoadResults measure(String... args) throws Exception {
        CheckLoadDriver driver = new CheckLoadDriver(LoadOptions.parse(args), commandLine(args));
        Thread stopServers = new Thread(driver::stopServers, "stop-clearsky-servers");
        Runtime.getRuntime().addShutdownHook(stopServers);
        try {
            return driver.run();
        } finally {
            driver.stopServers();
            Runtime.getRuntime().removeShutdownHook(stopServers);
        }
    }

    /** Why the HTTP phases cannot run with this server jar (wrk or the jar missing), or empty if they can. */
    public static Optional<String> missingPrerequisite(Path serverJar) {
        if (Wrk.locate().isEmpty()) {
            return Optional.of("wrk is not installed (apt-get install -y wrk)");
        }
        if (!Files.isRegularFile(serverJar)) {
            return Optional.of("no server jar at " + serverJar + " (./mvnw -q -B package -DskipTests)");
        }
        return Optional.empty();
    }

    private LoadResults run() throws Exception {
        work = Files.createTempDirectory("clearsky-load-work-");
        try {
            if (options.runs("single") || options.runs("batch") || options.runs("ftc")) {
                Path executable = Wrk.locate()
                        .orElseThrow(() -> new IllegalStateException("wrk is not installed: apt-get install -y wrk"
                                + " (or --skip single,batch,ftc to measure the peers only)"));
                wrk = Wrk.prepare(executable, work);
            }
            System.out.printf(Locale.ROOT, "generating %,d listed and %,d unknown numbers%n", options.listed(), PROBES);
            List<String> listed = SyntheticNumbers.chineseMobiles(options.seed(), options.listed(), List.of());
            List<String> unknown = SyntheticNumbers.chineseMobiles(options.seed() + 1, PROBES, listed);
            Probes probes = Probes.mix(
                    listed, unknown, options.listedShare(), PROBES, options.seed() + 2, SyntheticNumbers::rawChinese);

            Wrk.@Nullable Result single = null;
            Wrk.@Nullable Result batch = null;
            if (options.runs("single") || options.runs("batch")) {
                try (ServerProcess server = startServer("synthetic")) {
                    String last = SyntheticNumbers.rawChinese(
                            listed.get(listed.size() - 1), new SplittableRandom(options.seed()));
                    Keys keys = loadList(server, listed, "ALL_OR_NOTHING", "generated CN mobiles", last);
                    verifySample(server, keys, probes, new HashSet<>(listed), "");
                    if (options.runs("single")) {
                        single = singleChecks(server, keys, probes, "synthetic", "");
                    }
                    if (options.runs("batch")) {
                        batch = batchChecks(server, keys, probes);
                    }
                    serverLogNotes(server, "synthetic");
                }
            }
            Optional<RedisPeer.Result> redis = options.runs("redis") ? redis() : Optional.empty();
            Optional<PostgresPeer.Result> postgres =
                    options.runs("postgres") ? postgres(listed, probes) : Optional.empty();
            ratios(single, batch, redis, postgres);
            if (options.runs("ftc")) {
                ftc();
            }
            return new LoadResults(
                    Optional.ofNullable(single).map(CheckLoadDriver::rate),
                    Optional.ofNullable(batch).map(CheckLoadDriver::rate),
                    options.batchSize(),
                    redis.map(r -> new LoadResults.Rate(r.requestsPerSecond(), r.p50Millis(), r.p99Millis())),
                    postgres.map(p -> new LoadResults.Rate(p.lookupsPerSecond(), p.p50Millis(), p.p99Millis())),
                    report.notes());
        } finally {
            ServerProcess.deleteRecursively(work);
        }
    }

    private static LoadResults.Rate rate(Wrk.Result wrk) {
        return new LoadResults.Rate(wrk.requestsPerSecond(), wrk.p50Millis(), wrk.p99Millis());
    }

    private ServerProcess startServer(String label) throws IOException {
        System.out.println("starting the server (" + label + ") with " + String.join(" ", options.serverJvm()));
        Path keepLog =
                options.serverLogDir() == null ? null : options.serverLogDir().resolve("server-" + label + ".log");
        ServerProcess server =
                ServerProcess.start(options.serverJar(), options.serverJvm(), Duration.ofMinutes(3), keepLog);
        running.add(server);
        System.out.println("server up on " + server.base());
        return server;
    }

    private void stopServers() {
        for (ServerProcess server : running) {
            server.close();
        }
    }

    /**
     * Bootstraps the agencies, imports the list as the police centre and waits until {@code probe}, a listed number,
     * answers FRAUD (the lookup index follows the database).
     */
    private Keys loadList(ServerProcess server, List<String> numbers, String mode, String what, String probe)
            throws IOException {
        ClearSkyClient client = new ClearSkyClient(server.base());
        Keys keys = client.bootstrap(server.dataDir());
        StringBuilder csv = new StringBuilder(numbers.size() * 16).append("value\n");
        numbers.forEach(number -> csv.append(number).append('\n'));
        System.out.printf(Locale.ROOT, "importing %,d %s%n", numbers.size(), what);
        ImportOutcome outcome = client.importCsv(keys.police(), csv.toString(), mode, options.importTimeout());
        if (!outcome.status().equals("COMPLETED")) {
            throw new IllegalStateException("the import ended " + outcome.status() + ": " + outcome);
        }
        Duration visible = client.awaitVerdict(keys.partner(), probe, "FRAUD", Duration.ofSeconds(60));
        report.row(
                String.format(Locale.ROOT, "Import %,d %s (%s, text/csv)", numbers.size(), what, mode),
                "—",
                String.format(
                        Locale.ROOT,
                        "%.1f s, %,.0f rows/s; accepted %,d, rejected %,d; a listed number answered FRAUD %.2f s later",
                        outcome.elapsed().toNanos() / 1e9,
                        outcome.rowsPerSecond(),
                        outcome.acceptedRows(),
                        outcome.rejectedRows(),
                        visible.toNanos() / 1e9),
                "");
        return keys;
    }

    /** Checks the first probes one by one over HTTP: listed ones must answer FRAUD, the others UNKNOWN. */
    private void verifySample(ServerProcess server, Keys keys, Probes probes, Set<String> listed, String prefix) {
        ClearSkyClient client = new ClearSkyClient(server.base());
        int right = 0;
        String firstWrong = "";
        int sample = Math.min(SAMPLE, probes.size());
        for (int i = 0; i < sample; i++) {
            String expected = listed.contains(probes.e164().get(i)) ? "FRAUD" : "UNKNOWN";
            String verdict = client.verdict(keys.partner(), probes.raw().get(i));
            if (verdict.equals(expected)) {
                right++;
            } else if (firstWrong.isEmpty()) {
                firstWrong = probes.raw().get(i) + " answered " + verdict + ", expected " + expected;
            }
        }
        report.row(
                prefix + "Verdicts of " + sample + " sampled probes (raw formats)",
                "all right",
                right + " / " + sample + (firstWrong.isEmpty() ? "" : "; e.g. " + firstWrong),
                LoadReport.met(right == sample));
        if (right != sample) {
            report.note(
                    prefix + "only " + right + " of " + sample + " sampled verdicts were right; e.g. " + firstWrong);
        }
    }

    private Wrk.Result singleChecks(ServerProcess server, Keys keys, Probes probes, String label, String prefix)
            throws IOException {
        Path file = work.resolve(label + "-probes.txt");
        List<String> paths = new ArrayList<>(probes.size());
        for (int i = 0; i < probes.size(); i++) {
            paths.add(ClearSkyClient.checkPath(probes.raw().get(i), "s-" + (i % SUBSCRIBERS)));
        }
        Files.write(file, paths, StandardCharsets.UTF_8);
        Wrk.Result result = wrkPhase(
                "check-single.lua", server, file, keys.partner(), options.connections(), label + " single checks");
        boolean targets = prefix.isEmpty();
        report.row(
                prefix + "Single check GET /api/v1/check, requests/s (wrk -t" + options.wrkThreads() + " -c"
                        + options.connections() + ", " + Math.round(probes.listedShare() * 100) + "% listed)",
                targets ? "≥ 30,000/s" : "—",
                LoadReport.perSecond(result.requestsPerSecond()),
                targets ? LoadReport.met(result.requestsPerSecond() >= SINGLE_TARGET_RPS) : "");
        report.row(
                prefix + "Single check latency p99 (p50, p90)",
                targets ? "< 5 ms" : "—",
                LoadReport.millis(result.p99Millis()) + " (" + LoadReport.millis(result.p50Millis()) + ", "
                        + LoadReport.millis(result.p90Millis()) + ")",
                targets ? LoadReport.met(result.p99Millis() < SINGLE_TARGET_P99_MS) : "");
        return result;
    }

    private Wrk.Result batchChecks(ServerProcess server, Keys keys, Probes probes) throws IOException {
        Path file = work.resolve("batch-bodies.json");
        List<String> bodies = new ArrayList<>(BATCH_BODIES);
        int next = 0;
        for (int b = 0; b < BATCH_BODIES; b++) {
            List<Map<String, String>> items = new ArrayList<>(options.batchSize());
            for (int i = 0; i < options.batchSize(); i++) {
                items.add(Map.of("value", probes.raw().get(next)));
                next = (next + 1) % probes.size();
            }
            bodies.add(ClearSkyClient.JSON.writeValueAsString(Map.of("items", items, "subscriber", "s-batch-" + b)));
        }
        Files.write(file, bodies, StandardCharsets.UTF_8);
        Wrk.Result result =
                wrkPhase("check-batch.lua", server, file, keys.partner(), options.batchConnections(), "batch checks");
        double identifiers = result.requestsPerSecond() * options.batchSize();
        report.row(
                String.format(
                        Locale.ROOT,
                        "Batch check POST /api/v1/check, identifiers/s (%,d per request × %s requests, wrk -c%d)",
                        options.batchSize(),
                        LoadReport.perSecond(result.requestsPerSecond()),
                        options.batchConnections()),
                "≥ 1,000,000/s",
                LoadReport.perSecond(identifiers),
                LoadReport.met(identifiers >= BATCH_TARGET_IDS));
        report.row(
                "Batch request latency p99 (p50)",
                "—",
                LoadReport.millis(result.p99Millis()) + " (" + LoadReport.millis(result.p50Millis()) + ")",
                "");
        return result;
    }

    private Wrk.Result wrkPhase(
            String script, ServerProcess server, Path data, String key, int connections, String what)
            throws IOException {
        Wrk runner = Objects.requireNonNull(wrk, "wrk was not prepared");
        StringBuilder transcript = report.transcript();
        if (!options.warmup().isZero()) {
            System.out.println("warming up " + what + " for " + options.warmup().toSeconds() + " s");
            transcript.append("\n## warm-up: ").append(what).append('\n');
            runner.run(
                    script, server.base(), data, key, options.wrkThreads(), connections, options.warmup(), transcript);
        }
        System.out.println("measuring " + what + " for " + options.duration().toSeconds() + " s");
        transcript.append("\n## measured: ").append(what).append('\n');
        Wrk.Result result = runner.run(
                script, server.base(), data, key, options.wrkThreads(), connections, options.duration(), transcript);
        System.out.printf(
                Locale.ROOT,
                "  %s: %,.0f requests/s, p99 %.2f ms%n",
                what,
                result.requestsPerSecond(),
                result.p99Millis());
        if (result.non2xx() > 0 || result.socketErrors() > 0) {
            report.note(String.format(
                    Locale.ROOT,
                    "%s: %,d non-2xx responses and %,d socket errors out of %,d requests",
                    what,
                    result.non2xx(),
                    result.socketErrors(),
                    result.requests()));
        }
        return result;
    }

    private void serverLogNotes(ServerProcess server, String label) {
        // start-up warnings (H2 newer than Flyway knows, springdoc enabled, the admin's password file) come
        // from the main thread; what happens under load comes from the others
        List<String> errors = server.logLinesContaining(" ERROR ");
        List<String> warnings = server.logLinesContaining(" WARN ").stream()
                .filter(line -> !line.contains("[           main]"))
                .toList();
        if (!errors.isEmpty() || !warnings.isEmpty()) {
            String first = (errors.isEmpty() ? warnings : errors).get(0).strip();
            report.note(String.format(
                    Locale.ROOT,
                    "server (%s) logged %d ERROR and %d WARN lines after start-up; first: %s",
                    label,
                    errors.size(),
                    warnings.size(),
                    first.length() > 600 ? first.substring(0, 600) + "…" : first));
        }
    }

    private Optional<RedisPeer.Result> redis() throws IOException {
        String peer = "Redis GET (redis-benchmark -c " + options.connections() + ")";
        Optional<String> unreachable = RedisPeer.unreachable(options.redisHost(), options.redisPort());
        Optional<Path> executable = RedisPeer.locate();
        if (unreachable.isPresent() || executable.isEmpty()) {
            String why = unreachable.orElse("redis-benchmark is not installed: apt-get install -y redis-tools");
            report.row(peer, "peer", "skipped: " + why, "");
            report.note("Redis skipped: " + why);
            return Optional.empty();
        }
        StringBuilder transcript = report.transcript().append("\n## Redis: calibration\n");
        System.out.println("measuring Redis GET");
        RedisPeer.Result calibration = RedisPeer.run(
                executable.get(),
                options.redisHost(),
                options.redisPort(),
                options.connections(),
                100_000,
                options.listed(),
                120,
                transcript);
        long requests = (long) Math.min(
                200_000_000L,
                Math.max(
                        100_000,
                        calibration.requestsPerSecond() * options.duration().toSeconds()));
        transcript.append("\n## Redis: measured\n");
        RedisPeer.Result result = RedisPeer.run(
                executable.get(),
                options.redisHost(),
                options.redisPort(),
                options.connections(),
                requests,
                options.listed(),
                options.duration().toSeconds() * 3 + 60,
                transcript);
        report.row(
                String.format(Locale.ROOT, "%s, requests/s (%,d GETs, keyspace %,d)", peer, requests, options.listed()),
                "peer",
                LoadReport.perSecond(result.requestsPerSecond()),
                "");
        report.row(
                "Redis GET latency p99 (p50)",
                "peer",
                LoadReport.millis(result.p99Millis()) + " (" + LoadReport.millis(result.p50Millis()) + ")",
                "");
        return Optional.of(result);
    }

    private Optional<PostgresPeer.Result> postgres(List<String> listed, Probes probes) throws Exception {
        String peer =
                "PostgreSQL primary-key lookup over JDBC (" + options.pgThreads() + " threads, one connection each)";
        Optional<String> unreachable =
                PostgresPeer.unreachable(options.pgUrl(), options.pgUser(), options.pgPassword());
        if (unreachable.isPresent()) {
            report.row(peer, "peer", "skipped: " + unreachable.get(), "");
            report.note("PostgreSQL skipped: " + unreachable.get());
            return Optional.empty();
        }
        System.out.println("measuring PostgreSQL lookups");
        long[] keys = listed.stream().mapToLong(PhoneNumber::keyOf).toArray();
        long[] probeKeys = probes.e164().stream().mapToLong(PhoneNumber::keyOf).toArray();
        report.transcript().append("\n## PostgreSQL\n");
        PostgresPeer.Result result = PostgresPeer.run(
                options.pgUrl(),
                options.pgUser(),
                options.pgPassword(),
                keys,
                probeKeys,
                options.pgThreads(),
                options.warmup(),
                options.duration(),
                report.transcript());
        report.row(
                peer + ", lookups/s (" + Math.round(100.0 * result.found() / Math.max(1, result.lookups()))
                        + "% found)",
                "peer",
                LoadReport.perSecond(result.lookupsPerSecond()),
                "");
        report.row(
                "PostgreSQL " + result.serverVersion() + " lookup latency p99 (p50)",
                "peer",
                LoadReport.millis(result.p99Millis()) + " (" + LoadReport.millis(result.p50Millis()) + ")",
                "");
        return Optional.of(result);
    }

    private void ratios(
            Wrk.@Nullable Result single,
            Wrk.@Nullable Result batch,
            Optional<RedisPeer.Result> redis,
            Optional<PostgresPeer.Result> postgres) {
        Map<String, Double> peers = new LinkedHashMap<>();
        redis.ifPresent(r -> peers.put("Redis GETs/s", r.requestsPerSecond()));
        postgres.ifPresent(p -> peers.put("PostgreSQL lookups/s", p.lookupsPerSecond()));
        peers.forEach((peer, rate) -> {
            if (single != null) {
                report.row(
                        "ClearSky single checks/s ÷ " + peer,
                        "",
                        LoadReport.ratio(single.requestsPerSecond(), rate),
                        "");
            }
            if (batch != null) {
                report.row(
                        "ClearSky batch identifiers/s ÷ " + peer,
                        "",
                        LoadReport.ratio(batch.requestsPerSecond() * options.batchSize(), rate),
                        "");
            }
        });
    }

    /** The real list: the FTC's 90-day Do-Not-Call complaint numbers, imported as a police list on a fresh server. */
    private void ftc() throws IOException {
        Path file = options.ftc();
        if (file == null || !Files.isRegularFile(file)) {
            String why = file == null
                    ? "--ftc none"
                    : "no file at " + file.toAbsolutePath().normalize() + " (pass --ftc PATH)";
            report.row("Real list (FTC Do-Not-Call numbers)", "—", "skipped: " + why, "");
            report.note("FTC phase skipped: " + why);
            return;
        }
        // Every line of digits goes in with "+1", ten digits or not: the server's own validation decides,
        // and SKIP_BAD_ROWS keeps the rest of the list when it refuses a row.
        List<String> numbers = new ArrayList<>();
        int header = 0;
        int notTenDigits = 0;
        int other = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String value = line.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (value.matches("\\d+")) {
                numbers.add("+1" + value);
                notTenDigits += value.length() == 10 ? 0 : 1;
            } else if (numbers.isEmpty() && header == 0) {
                header++;
            } else {
                other++;
            }
        }
        List<String> valid = new ArrayList<>(numbers.size());
        for (String number : new LinkedHashSet<>(numbers)) {
            String e164 = SyntheticNumbers.usE164(number.substring(2));
            if (e164 != null) {
                valid.add(e164);
            }
        }
        report.note(String.format(
                Locale.ROOT,
                "FTC file %s: %d header line, %,d lines of digits imported with +1 (%,d of them not ten digits),"
                        + " %,d other lines left out; %,d distinct valid US numbers to probe",
                file.normalize(),
                header,
                numbers.size(),
                notTenDigits,
                other,
                valid.size()));
        List<String> unknown = SyntheticNumbers.usNumbers(options.seed() + 3, PROBES, valid);
        Probes probes =
                Probes.mix(valid, unknown, options.listedShare(), PROBES, options.seed() + 4, SyntheticNumbers::rawUs);
        try (ServerProcess server = startServer("ftc")) {
            String last = SyntheticNumbers.rawUs(valid.get(valid.size() - 1), new SplittableRandom(options.seed()));
            Keys keys = loadList(server, numbers, "SKIP_BAD_ROWS", "real FTC numbers", last);
            verifySample(server, keys, probes, new HashSet<>(valid), "FTC list: ");
            if (options.runs("single")) {
                singleChecks(server, keys, probes, "ftc", "FTC list: ");
            }
            serverLogNotes(server, "ftc");
        }
    }

    private static String commandLine(String[] args) {
        StringBuilder line = new StringBuilder("java -cp ")
                .append(System.getProperty("java.class.path"))
                .append(' ')
                .append(CheckLoadDriver.class.getName());
        for (String arg : args) {
            line.append(' ').append(arg.matches("[\\w./:=,+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }
}

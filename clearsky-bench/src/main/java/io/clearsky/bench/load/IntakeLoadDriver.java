package io.clearsky.bench.load;

import io.clearsky.bench.ScratchDatabase;
import io.clearsky.bench.load.ClearSkyClient.Keys;
import io.clearsky.bench.load.IntakeResults.Durability;
import io.clearsky.bench.load.IntakeResults.Phase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Measures the report intake on PostgreSQL: partners' batches ({@code POST /api/v1/reports/batch}) and single reports
 * ({@code POST /api/v1/reports} with an API key and an {@code Idempotency-Key}), each answer meaning the reports are
 * committed; then counts the rows in the database against the reports acknowledged as filed. Run from the repository
 * root after {@code ./mvnw -q -B package -DskipTests}, with PostgreSQL on 127.0.0.1:5432 (user postgres):
 *
 * <pre>
 * java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.load.IntakeLoadDriver
 * java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.load.IntakeLoadDriver \
 *     --threads 8 --batch-size 100 --warmup 10s --duration 30s --out target/intake-load.md
 * </pre>
 *
 * <p>Phases: create a scratch database {@code clearsky_bench_*}; start the server jar on it; bootstrap the admin, a
 * partner agency and its API key; N client threads, each with one request in flight, post batches of B distinct
 * generated reports ({@link SyntheticReportForms}) through a warm-up and then a measured period; the same threads post
 * single reports for a shorter warm-up and measured period; stop the server, count the table {@code report} and drop
 * the database, also when the run fails. {@code --help} lists the options. {@link #measure} runs the same for a
 * caller that prints its own table, such as {@code io.clearsky.bench.BenchmarkTable}.
 */
public final class IntakeLoadDriver {

    // Each client thread sends a request and waits for its answer (a closed loop), so the latencies are those of
    // the acknowledgements at the throughput the server sustains with N requests in flight, not of a fixed arrival
    // rate. The clients run on the server's machine and compete with it (and with PostgreSQL) for the CPU; a
    // report's JSON is made before its request's clock starts. A request counts in a period if it was sent in it;
    // the period's length runs to the last answer of those requests, so nothing in flight at the end is lost.

    static final double BATCH_TARGET_PER_SECOND = 5_000;
    static final double P99_TARGET_MILLIS = 50;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    private static final Duration LISTENERS_LIMIT = Duration.ofMinutes(5);

    private final IntakeOptions options;
    private final LoadReport report;
    private final SyntheticReportForms forms;
    private final AtomicLong nextReport = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicReference<@Nullable ServerProcess> server = new AtomicReference<>();
    private final AtomicReference<@Nullable ScratchDatabase> database = new AtomicReference<>();

    private IntakeLoadDriver(IntakeOptions options, String commandLine) {
        this.options = options;
        this.report = new LoadReport("ClearSky report intake under load (PostgreSQL)", commandLine);
        // the run's tag keeps idempotency keys apart from any other run's, should two share a database
        byte[] tag = new byte[4];
        new SecureRandom().nextBytes(tag);
        this.forms = new SyntheticReportForms(options.seed(), HexFormat.of().formatHex(tag));
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(IntakeOptions.USAGE);
            return;
        }
        IntakeOptions options;
        try {
            options = IntakeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(IntakeOptions.USAGE);
            System.exit(2);
            return;
        }
        IntakeLoadDriver driver = new IntakeLoadDriver(options, commandLine(args));
        Runtime.getRuntime().addShutdownHook(new Thread(driver::cleanUp, "clean-up-intake-load"));
        int status = 0;
        try {
            IntakeResults results = driver.run();
            status = results.durability().holds() ? 0 : 1;
        } catch (Exception e) {
            System.err.println("intake load failed: " + e.getMessage());
            driver.report.note("the run failed: " + e.getMessage());
            status = 1;
        } finally {
            driver.cleanUp();
        }
        if (!driver.report.printAndWrite(options.out())) {
            status = 1;
        }
        System.exit(status);
    }

    /**
     * Runs the driver with these options (as on its command line) without printing its report, and hands back what
     * it measured; the server is stopped and the scratch database dropped when it returns.
     *
     * @throws IllegalArgumentException if an option is wrong
     */
    public static IntakeResults measure(String... args) throws Exception {
        IntakeLoadDriver driver = new IntakeLoadDriver(IntakeOptions.parse(args), commandLine(args));
        Thread cleanUp = new Thread(driver::cleanUp, "clean-up-intake-load");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            return driver.run();
        } finally {
            driver.cleanUp();
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        }
    }

    /** Why the driver cannot run with these options (no server jar, PostgreSQL unreachable), or empty if it can. */
    public static Optional<String> missingPrerequisite(String... args) {
        IntakeOptions options = IntakeOptions.parse(args);
        if (!Files.isRegularFile(options.serverJar())) {
            return Optional.of("no server jar at " + options.serverJar() + " (./mvnw -q -B package -DskipTests)");
        }
        return PostgresPeer.unreachable(options.pgUrl(), options.pgUser(), options.pgPassword());
    }

    private IntakeResults run() throws Exception {
        try (ScratchDatabase scratch =
                ScratchDatabase.create(options.pgUrl(), options.pgUser(), options.pgPassword())) {
            database.set(scratch);
            System.out.println("scratch database " + scratch.name());
            Optional<Phase> batches = Optional.empty();
            Optional<Phase> singles = Optional.empty();
            ServerProcess started = startServer(scratch);
            try {
                Keys keys = new ClearSkyClient(started.base()).bootstrap(started.dataDir());
                if (options.runs("batch")) {
                    Thread analyze = analyzeHalfwayThrough(scratch, options.warmup());
                    long begin = System.nanoTime();
                    batches = Optional.of(batches(started.base(), keys.partner()));
                    analyze.join();
                    awaitListeners(scratch, begin, acknowledged.get());
                }
                if (options.runs("single")) {
                    singles = Optional.of(singles(started.base(), keys.partner()));
                }
                serverLogNotes(started);
            } finally {
                started.close();
                server.set(null);
            }
            Durability durability = new Durability(countReports(scratch), acknowledged.get(), unanswered.get());
            System.out.println("durability: " + durability.describe());
            report.row(
                    "Rows in table report after the server stopped = reports acknowledged FILED (whole run)",
                    "equal",
                    durability.describe(),
                    LoadReport.met(durability.holds()));
            if (!durability.holds()) {
                report.note("durability check failed: " + durability.describe());
            }
            return new IntakeResults(
                    batches, singles, options.batchSize(), options.threads(), durability, report.notes());
        } finally {
            database.set(null);
        }
    }

    private ServerProcess startServer(ScratchDatabase scratch) throws IOException {
        List<String> arguments =
                List.of("--spring.datasource.url=" + scratch.url(), "--spring.datasource.username=" + options.pgUser());
        Map<String, String> environment =
                options.pgPassword().isEmpty() ? Map.of() : Map.of("SPRING_DATASOURCE_PASSWORD", options.pgPassword());
        System.out.println(
                "starting the server on " + scratch.url() + " with " + String.join(" ", options.serverJvm()));
        ServerProcess started = ServerProcess.start(
                options.serverJar(),
                options.serverJvm(),
                arguments,
                environment,
                Duration.ofMinutes(3),
                options.serverLog());
        server.set(started);
        System.out.println("server up on " + started.base());
        return started;
    }

    /** Stops the server and drops the scratch database, if they are still there; safe to call twice. */
    private void cleanUp() {
        ServerProcess running = server.getAndSet(null);
        if (running != null) {
            running.close();
        }
        ScratchDatabase scratch = database.getAndSet(null);
        if (scratch != null) {
            scratch.close();
        }
    }

    private Phase batches(URI base, String partnerKey) throws InterruptedException {
        int size = options.batchSize();
        Phase phase = phase(
                String.format(Locale.ROOT, "batches of %d reports", size),
                options.warmup(),
                options.duration(),
                size,
                (http, first) -> batch(http, base, partnerKey, first, size));
        report.row(
                String.format(
                        Locale.ROOT,
                        "Report intake, batched POST /api/v1/reports/batch (PostgreSQL), reports/s durable"
                                + " (%d threads × %d reports, %,d batches in %.1f s)",
                        options.threads(),
                        size,
                        phase.requests(),
                        phase.seconds()),
                "≥ 5,000/s",
                LoadReport.perSecond(phase.filedPerSecond()),
                LoadReport.met(phase.filedPerSecond() >= BATCH_TARGET_PER_SECOND));
        report.row(
                "Batch acknowledgement latency p99 (p50, max)",
                "< 50 ms",
                latencies(phase),
                LoadReport.met(phase.p99Millis() < P99_TARGET_MILLIS));
        errorsRow("batches", phase);
        inFlightNote(options.threads(), size).ifPresent(report::note);
        return phase;
    }

    private Phase singles(URI base, String partnerKey) throws InterruptedException {
        Phase phase = phase(
                "single reports",
                options.singleWarmup(),
                options.singleDuration(),
                1,
                (http, first) -> single(http, base, partnerKey, first));
        report.row(
                String.format(
                        Locale.ROOT,
                        "Single report POST /api/v1/reports (API key, Idempotency-Key), reports/s durable"
                                + " (%d threads, %,d reports in %.1f s)",
                        options.threads(),
                        phase.requests(),
                        phase.seconds()),
                "—",
                LoadReport.perSecond(phase.filedPerSecond()),
                "");
        report.row(
                "Single report acknowledgement latency p99 (p50, max)",
                "< 50 ms",
                latencies(phase),
                LoadReport.met(phase.p99Millis() < P99_TARGET_MILLIS));
        errorsRow("single reports", phase);
        return phase;
    }

    /**
     * With every thread's batch in flight all the time, each waits (Little's law) reports in flight ÷ reports a second:
     * both targets can only hold together at a rate of reports in flight ÷ 50 ms, which may be far above 5,000/s.
     */
    static Optional<String> inFlightNote(int threads, int batchSize) {
        int inFlight = threads * batchSize;
        double needed = inFlight / (P99_TARGET_MILLIS / 1000);
        if (needed <= BATCH_TARGET_PER_SECOND) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "%d threads × %d reports keep %,d reports in flight: by Little's law a batch is answered within 50 ms"
                        + " only at %,.0f reports/s or more, so at 5,000/s its median is about %.0f ms; fewer threads"
                        + " or smaller batches (at most %,d reports in flight) test the latency target at 5,000/s",
                threads,
                batchSize,
                inFlight,
                needed,
                inFlight / BATCH_TARGET_PER_SECOND * 1000,
                (int) (BATCH_TARGET_PER_SECOND * P99_TARGET_MILLIS / 1000)));
    }

    private static String latencies(Phase phase) {
        return LoadReport.millis(phase.p99Millis()) + " (" + LoadReport.millis(phase.p50Millis()) + ", "
                + LoadReport.millis(phase.maxMillis()) + ")";
    }

    private void errorsRow(String what, Phase phase) {
        report.row(
                "Failed requests / rejected or repeated reports (" + what + ")",
                "none",
                String.format(
                        Locale.ROOT,
                        "%,d of %,d requests / %,d rejected, %,d repeated of %,d reports",
                        phase.failedRequests(),
                        phase.requests(),
                        phase.rejected(),
                        phase.repeated(),
                        phase.reports()),
                LoadReport.met(phase.failedRequests() == 0 && phase.rejected() == 0 && phase.repeated() == 0));
    }

    /** One request: the reports from {@code first} on, sent and read. */
    @FunctionalInterface
    private interface Sender {
        Answer send(HttpClient http, long first) throws IOException, InterruptedException;
    }

    /**
     * What an answer said. {@code answered} is false when none came (the reports may or may not have been filed).
     */
    record Answer(
            boolean ok,
            boolean answered,
            long filed,
            long repeated,
            long rejected,
            @Nullable String problem) {

        static Answer failed(boolean answered, String problem) {
            return new Answer(false, answered, 0, 0, 0, problem);
        }
    }

    /** What one client thread saw of the requests it sent in the measured period. */
    private static final class Tally {
        final Latencies latencies = new Latencies();
        long requests;
        long reports;
        long filed;
        long repeated;
        long rejected;
        long failed;
        long lastAnswer;
    }

    private Phase phase(String what, Duration warmup, Duration duration, int reportsPerRequest, Sender sender)
            throws InterruptedException {
        System.out.printf(
                Locale.ROOT,
                "%s: %d threads, %d s warm-up, %d s measured%n",
                what,
                options.threads(),
                warmup.toSeconds(),
                duration.toSeconds());
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicLong problemCount = new AtomicLong();
        List<Tally> tallies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long begin = System.nanoTime();
        long measureFrom = begin + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        for (int t = 0; t < options.threads(); t++) {
            Tally tally = new Tally();
            tallies.add(tally);
            Thread worker = new Thread(
                    () -> {
                        HttpClient http = HttpClient.newBuilder()
                                .version(HttpClient.Version.HTTP_1_1)
                                .connectTimeout(Duration.ofSeconds(5))
                                .build();
                        while (true) {
                            long first = nextReport.getAndAdd(reportsPerRequest);
                            long sent = System.nanoTime();
                            if (sent >= end) {
                                break;
                            }
                            Answer answer;
                            try {
                                answer = sender.send(http, first);
                            } catch (IOException | RuntimeException e) {
                                answer = Answer.failed(false, e.toString());
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                            long answered = System.nanoTime();
                            acknowledged.addAndGet(answer.filed());
                            if (!answer.answered()) {
                                unanswered.addAndGet(reportsPerRequest);
                            }
                            if (answer.problem() != null && problemCount.incrementAndGet() <= 3) {
                                problems.add(answer.problem());
                            }
                            if (sent >= measureFrom) {
                                tally.requests++;
                                tally.reports += reportsPerRequest;
                                tally.filed += answer.filed();
                                tally.repeated += answer.repeated();
                                tally.rejected += answer.rejected();
                                tally.lastAnswer = answered;
                                if (answer.ok()) {
                                    tally.latencies.record(answered - sent);
                                } else {
                                    tally.failed++;
                                }
                            }
                            if (!answer.ok()) {
                                // a server that refuses everything must not be hammered in a tight loop
                                ServerProcess.sleep(10);
                            }
                        }
                    },
                    "intake-client-" + t);
            workers.add(worker);
            worker.start();
        }
        long lastFiled = acknowledged.get();
        for (Thread worker : workers) {
            while (worker.isAlive()) {
                worker.join(PROGRESS_EVERY.toMillis());
                if (System.nanoTime()
                        > end
                                + REQUEST_TIMEOUT.toNanos()
                                + Duration.ofSeconds(30).toNanos()) {
                    workers.forEach(Thread::interrupt);
                    throw new IllegalStateException(worker.getName() + " did not stop in time");
                }
                if (worker.isAlive()) {
                    long filed = acknowledged.get();
                    System.out.printf(
                            Locale.ROOT,
                            "  %3d s: %,d reports filed in the run so far, %,.0f/s in the last %d s%n",
                            (System.nanoTime() - begin) / 1_000_000_000L,
                            filed,
                            (filed - lastFiled) / (double) PROGRESS_EVERY.toSeconds(),
                            PROGRESS_EVERY.toSeconds());
                    lastFiled = filed;
                }
            }
        }
        Phase phase = summarise(tallies, measureFrom);
        System.out.printf(
                Locale.ROOT,
                "  %s: %,.0f reports/s filed, acknowledgement p50 %.2f ms, p99 %.2f ms, max %.2f ms;"
                        + " %,d failed requests, %,d rejected reports%n",
                what,
                phase.filedPerSecond(),
                phase.p50Millis(),
                phase.p99Millis(),
                phase.maxMillis(),
                phase.failedRequests(),
                phase.rejected());
        if (problemCount.get() > 0) {
            report.note(String.format(
                    Locale.ROOT,
                    "%s: %,d requests had a problem (warm-up included); the first: %s",
                    what,
                    problemCount.get(),
                    String.join(" | ", problems)));
        }
        return phase;
    }

    private static Phase summarise(List<Tally> tallies, long measureFrom) {
        Latencies.Summary latencies =
                Latencies.summarise(tallies.stream().map(t -> t.latencies).toList());
        long lastAnswer = tallies.stream().mapToLong(t -> t.lastAnswer).max().orElse(measureFrom);
        return new Phase(
                tallies.stream().mapToLong(t -> t.requests).sum(),
                tallies.stream().mapToLong(t -> t.reports).sum(),
                tallies.stream().mapToLong(t -> t.filed).sum(),
                tallies.stream().mapToLong(t -> t.repeated).sum(),
                tallies.stream().mapToLong(t -> t.rejected).sum(),
                tallies.stream().mapToLong(t -> t.failed).sum(),
                Math.max(0, lastAnswer - measureFrom) / 1e9,
                latencies.p50Millis(),
                latencies.p99Millis(),
                latencies.maxMillis());
    }

    private Answer batch(HttpClient http, URI base, String partnerKey, long first, int size)
            throws IOException, InterruptedException {
        Instant now = Instant.now();
        List<Map<String, Object>> reports = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            reports.add(forms.form(first + i, now));
        }
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/reports/batch"))
                .timeout(REQUEST_TIMEOUT)
                .header("X-API-Key", partnerKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        ClearSkyClient.JSON.writeValueAsString(Map.of("reports", reports))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            return Answer.failed(true, "batch answered " + response.statusCode() + ": " + snippet(response.body()));
        }
        return readBatchAnswer(ClearSkyClient.JSON.readTree(response.body()), size);
    }

    /**
     * Reads a batch's answer: the counts it gives, checked against its items (one a report, FILED ones with a
     * receipt); a rejection's first errors become the problem.
     */
    static Answer readBatchAnswer(JsonNode answer, int size) {
        long filed = answer.path("filed").asLong(-1);
        long repeated = answer.path("repeated").asLong(-1);
        long rejected = answer.path("rejected").asLong(-1);
        JsonNode items = answer.path("items");
        long filedItems = 0;
        String problem = null;
        for (JsonNode item : items) {
            String outcome = item.path("outcome").asString("");
            if (outcome.equals("FILED") && item.path("receipt").path("reportId").isNumber()) {
                filedItems++;
            } else if (outcome.equals("REJECTED") && problem == null) {
                problem = "report " + item.path("index").asInt() + " rejected ("
                        + item.path("type").asString("") + "): "
                        + snippet(item.path("errors").toString());
            }
        }
        if (filed < 0 || items.size() != size || filedItems != filed || filed + repeated + rejected != size) {
            // the counts do not add up: trust only the receipts, and say so
            return new Answer(
                    false,
                    true,
                    filedItems,
                    0,
                    size - filedItems,
                    "a batch answer of " + items.size() + " items for " + size + " reports does not add up: filed "
                            + filed + " (" + filedItems + " FILED items with a receipt), repeated " + repeated
                            + ", rejected " + rejected);
        }
        return new Answer(true, true, filed, repeated, rejected, problem);
    }

    private Answer single(HttpClient http, URI base, String partnerKey, long n)
            throws IOException, InterruptedException {
        Map<String, Object> form = forms.form(n, Instant.now());
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/reports"))
                .timeout(REQUEST_TIMEOUT)
                .header("X-API-Key", partnerKey)
                .header("Idempotency-Key", forms.idempotencyKey(n))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ClearSkyClient.JSON.writeValueAsString(form)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return switch (response.statusCode()) {
            case 201 ->
                ClearSkyClient.JSON.readTree(response.body()).path("reportId").isNumber()
                        ? new Answer(true, true, 1, 0, 0, null)
                        : Answer.failed(true, "201 without a reportId: " + snippet(response.body()));
            case 200 ->
                new Answer(true, true, 0, 1, 0, "a fresh report answered as a retry: " + snippet(response.body()));
            default ->
                new Answer(
                        false,
                        true,
                        0,
                        0,
                        response.statusCode() / 100 == 4 ? 1 : 0,
                        "single report answered " + response.statusCode() + ": " + snippet(response.body()));
        };
    }

    private static String snippet(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    /**
     * Refreshes the planner's statistics half-way through the warm-up. The scratch database starts empty, so
     * PostgreSQL caches its first plans for the intake's lookups as table scans and keeps them until autovacuum
     * analyses the tables, within about a minute on a live database; without this a short run would measure that
     * first minute rather than the steady state.
     */
    private Thread analyzeHalfwayThrough(ScratchDatabase scratch, Duration warmup) {
        return scratch.analyzeAfter(warmup.dividedBy(2), report::note);
    }

    /**
     * Waits for the server's listeners (registry, linkage, audit trail) to finish the events of the batches, and
     * reports how far behind they were when the batches stopped and how fast they got through them: the intake
     * acknowledges a report once it is committed, and everything downstream follows from the event publication
     * registry.
     */
    private void awaitListeners(ScratchDatabase scratch, long begin, long filed) throws SQLException {
        long stopped = System.nanoTime();
        long behind = outstandingEvents(scratch);
        long left = behind;
        long deadline = stopped + LISTENERS_LIMIT.toNanos();
        while (left > 0 && System.nanoTime() < deadline) {
            ServerProcess.sleep(500);
            left = outstandingEvents(scratch);
        }
        long caughtUp = System.nanoTime();
        double clearing = (caughtUp - stopped) / 1e9;
        double whole = (caughtUp - begin) / 1e9;
        String figure = left > 0
                ? String.format(
                        Locale.ROOT,
                        "%,d events outstanding when the batches stopped, %,d still after %d s",
                        behind,
                        left,
                        LISTENERS_LIMIT.toSeconds())
                : String.format(
                        Locale.ROOT,
                        "%,d events outstanding when the batches stopped, cleared in %.1f s: %,.0f reports/s"
                                + " through every listener over the whole batch phase (%,d reports in %.1f s)",
                        behind,
                        clearing,
                        filed / whole,
                        filed,
                        whole);
        System.out.println("listeners: " + figure);
        report.row(
                "Listeners (registry, linkage, audit trail) after the batches: backlog and how fast it clears",
                "—",
                figure,
                left > 0 ? "**behind**" : "");
    }

    private static long outstandingEvents(ScratchDatabase scratch) throws SQLException {
        try (Connection connection = scratch.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from event_publication where completion_date is null")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long countReports(ScratchDatabase scratch) throws SQLException {
        try (Connection connection = scratch.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from report")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void serverLogNotes(ServerProcess running) {
        List<String> errors = running.logLinesContaining(" ERROR ");
        List<String> warnings = running.logLinesContaining(" WARN ").stream()
                .filter(line -> !line.contains("[           main]"))
                .toList();
        if (!errors.isEmpty() || !warnings.isEmpty()) {
            String first = (errors.isEmpty() ? warnings : errors).get(0).strip();
            report.note(String.format(
                    Locale.ROOT,
                    "the server logged %d ERROR and %d WARN lines after start-up; first: %s",
                    errors.size(),
                    warnings.size(),
                    first.length() > 600 ? first.substring(0, 600) + "…" : first));
        }
    }

    private static String commandLine(String[] args) {
        StringBuilder line = new StringBuilder("java -cp ")
                .append(System.getProperty("java.class.path"))
                .append(' ')
                .append(IntakeLoadDriver.class.getName());
        for (String arg : args) {
            line.append(' ').append(arg.matches("[\\w./:=,+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }
}

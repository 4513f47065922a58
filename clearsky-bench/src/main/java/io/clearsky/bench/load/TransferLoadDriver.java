package io.clearsky.bench.load;

import io.clearsky.bench.ScratchDatabase;
import io.clearsky.bench.load.ClearSkyClient.Keys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Measures partners' transfer ingestion on PostgreSQL: N client threads post JSON batches of B transfers to
 * {@code POST /api/v1/funds/transfers}, each answer meaning its transfers are committed; then the rows in the table
 * {@code transfer} are counted against the transfers acknowledged as added. Run from the repository root after
 * {@code ./mvnw -q -B package -DskipTests}, with PostgreSQL on 127.0.0.1:5432 (user postgres):
 *
 * <pre>
 * java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.load.TransferLoadDriver
 * java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.load.TransferLoadDriver \
 *     --threads 4 --batch-size 1000 --accounts 200000 --warmup 20s --duration 30s --out target/transfer-load.md
 * </pre>
 *
 * <p>Transfers move random amounts between accounts drawn from a pool of {@code --accounts} per run, so the first
 * batches add accounts and later ones mostly find them, as a partner's steady stream would.
 */
public final class TransferLoadDriver {

    // A closed loop, like the report intake's driver: each thread sends a batch and waits for its answer. The
    // clients share the machine with the server and PostgreSQL. A batch's JSON is made before its clock starts.

    static final double TARGET_PER_SECOND = 20_000;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    static final String USAGE = """
            Usage: java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.load.TransferLoadDriver [options]
              --server-jar PATH     server jar (clearsky-server/target/clearsky-server-0.1.0-SNAPSHOT.jar)
              --server-jvm "FLAGS"  the server's JVM flags ("-Xmx2g")
              --threads N           client threads, each with one batch in flight (4)
              --batch-size N        transfers per batch, 1 to 10000 (1000)
              --accounts N          accounts the transfers move between (200000)
              --warmup D            batches before the measured period (20s)
              --duration D          the measured period (30s)
              --seed N              seed of the generated transfers (20261124)
              --pg-url URL          PostgreSQL server for the scratch database (jdbc:postgresql://127.0.0.1:5432/postgres)
              --pg-user NAME        (postgres)
              --out PATH            also write the report as Markdown here
              --server-log PATH     keep the server's log here
            """;

    private final Path serverJar;
    private final List<String> serverJvm;
    private final int threads;
    private final int batchSize;
    private final int accounts;
    private final Duration warmup;
    private final Duration duration;
    private final long seed;
    private final String pgUrl;
    private final String pgUser;
    private final @Nullable Path out;
    private final @Nullable Path serverLog;
    private final LoadReport report;
    private final String tag;
    private final AtomicLong nextTransfer = new AtomicLong();
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicReference<@Nullable ServerProcess> server = new AtomicReference<>();
    private final AtomicReference<@Nullable ScratchDatabase> database = new AtomicReference<>();

    private TransferLoadDriver(String... args) {
        LoadOptions.Options o = LoadOptions.Options.of(args);
        serverJar = Path.of(o.text("server-jar", "clearsky-server/target/clearsky-server-0.1.0-SNAPSHOT.jar"));
        serverJvm = List.of(o.text("server-jvm", "-Xmx2g").trim().split("\\s+"));
        threads = o.integer("threads", 4);
        batchSize = o.integer("batch-size", 1000);
        accounts = o.integer("accounts", 200_000);
        warmup = o.duration("warmup", "20s");
        duration = o.duration("duration", "30s");
        seed = Long.parseLong(o.text("seed", "20261124"));
        pgUrl = o.text("pg-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        pgUser = o.text("pg-user", "postgres");
        String outPath = o.text("out", "");
        out = outPath.isEmpty() ? null : Path.of(outPath);
        String logPath = o.text("server-log", "");
        serverLog = logPath.isEmpty() ? null : Path.of(logPath);
        o.rejectUnused();
        if (threads < 1 || threads > 256 || batchSize < 1 || batchSize > 10_000 || accounts < 2) {
            throw new IllegalArgumentException("--threads 1 to 256, --batch-size 1 to 10000, --accounts at least 2");
        }
        LoadOptions.requireLoopback(
                URI.create(pgUrl.substring("jdbc:".length())).getHost(), "--pg-url");
        report = new LoadReport(
                "ClearSky transfer ingestion under load (PostgreSQL)", "TransferLoadDriver " + String.join(" ", args));
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        tag = HexFormat.of().formatHex(bytes);
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.print(USAGE);
            return;
        }
        TransferLoadDriver driver;
        try {
            driver = new TransferLoadDriver(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(driver::cleanUp, "clean-up-transfer-load"));
        int status = 0;
        try {
            status = driver.run().holds() ? 0 : 1;
        } catch (Exception e) {
            System.err.println("transfer load failed: " + e);
            driver.report.note("the run failed: " + e.getMessage());
            status = 1;
        } finally {
            driver.cleanUp();
        }
        if (!driver.report.printAndWrite(driver.out)) {
            status = 1;
        }
        System.exit(status);
    }

    /**
     * What a run measured: transfers/s durable in the measured period, the batch latencies, and the durability check
     * over the whole run.
     */
    public record Results(
            double perSecond,
            double p50Millis,
            double p99Millis,
            double maxMillis,
            long batches,
            long failed,
            long rows,
            long acknowledged,
            long unanswered,
            int threads,
            int batchSize,
            List<String> notes) {

        /** Every acknowledged transfer is in the database and every batch was answered and taken. */
        public boolean holds() {
            return rows == acknowledged && unanswered == 0 && failed == 0;
        }
    }

    /**
     * Runs the driver with these options (as on its command line) without printing its report; the server is
     * stopped and the scratch database dropped when it returns.
     */
    public static Results measure(String... args) throws Exception {
        TransferLoadDriver driver = new TransferLoadDriver(args);
        Thread cleanUp = new Thread(driver::cleanUp, "clean-up-transfer-load");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            return driver.run();
        } finally {
            driver.cleanUp();
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        }
    }

    /** Why the driver cannot run with these options (no server jar, PostgreSQL unreachable), or empty if it can. */
    public static java.util.Optional<String> missingPrerequisite(String... args) {
        TransferLoadDriver driver = new TransferLoadDriver(args);
        if (!java.nio.file.Files.isRegularFile(driver.serverJar)) {
            return java.util.Optional.of(
                    "no server jar at " + driver.serverJar + " (./mvnw -q -B package -DskipTests)");
        }
        return PostgresPeer.unreachable(driver.pgUrl, driver.pgUser, "");
    }

    private Results run() throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(pgUrl, pgUser, "")) {
            database.set(scratch);
            System.out.println("scratch database " + scratch.name());
            ServerProcess started = ServerProcess.start(
                    serverJar,
                    serverJvm,
                    List.of("--spring.datasource.url=" + scratch.url(), "--spring.datasource.username=" + pgUser),
                    Map.of(),
                    Duration.ofMinutes(3),
                    serverLog);
            server.set(started);
            double perSecond;
            Latencies.Summary latencies;
            long failed;
            long requests;
            try {
                Keys keys = new ClearSkyClient(started.base()).bootstrap(started.dataDir());
                Thread analyze = scratch.analyzeAfter(warmup.dividedBy(2), report::note);
                List<Tally> tallies = load(started.base(), keys.partner());
                analyze.join();
                latencies = Latencies.summarise(
                        tallies.stream().map(t -> t.latencies).toList());
                long measuredAdded = tallies.stream().mapToLong(t -> t.added).sum();
                long lastAnswer =
                        tallies.stream().mapToLong(t -> t.lastAnswer).max().orElse(0);
                long measureFrom = tallies.get(0).measureFrom;
                perSecond = measuredAdded / Math.max(1e-9, (lastAnswer - measureFrom) / 1e9);
                failed = tallies.stream().mapToLong(t -> t.failed).sum();
                requests = tallies.stream().mapToLong(t -> t.requests).sum();
            } finally {
                started.close();
                server.set(null);
            }
            long rows = count(scratch, "select count(*) from transfer");
            long accountRows = count(scratch, "select count(*) from fund_account");
            boolean durable = rows == added.get() && unanswered.get() == 0;
            report.row(
                    String.format(
                            Locale.ROOT,
                            "Transfer ingestion POST /api/v1/funds/transfers (PostgreSQL), transfers/s durable"
                                    + " (%d threads × %,d transfers, %,d batches; %,d accounts)",
                            threads,
                            batchSize,
                            requests,
                            accountRows),
                    "≥ 20,000/s",
                    LoadReport.perSecond(perSecond),
                    LoadReport.met(perSecond >= TARGET_PER_SECOND));
            report.row(
                    "Batch acknowledgement latency p99 (p50, max)",
                    "—",
                    LoadReport.millis(latencies.p99Millis()) + " (" + LoadReport.millis(latencies.p50Millis()) + ", "
                            + LoadReport.millis(latencies.maxMillis()) + ")",
                    "");
            report.row(
                    "Rows in table transfer after the server stopped = transfers acknowledged added (whole run)",
                    "equal",
                    String.format(
                            Locale.ROOT,
                            "%,d rows, %,d acknowledged, %,d unanswered",
                            rows,
                            added.get(),
                            unanswered.get()),
                    LoadReport.met(durable));
            report.row("Failed batches", "none", failed + " of " + requests, LoadReport.met(failed == 0));
            return new Results(
                    perSecond,
                    latencies.p50Millis(),
                    latencies.p99Millis(),
                    latencies.maxMillis(),
                    requests,
                    failed,
                    rows,
                    added.get(),
                    unanswered.get(),
                    threads,
                    batchSize,
                    report.notes());
        } finally {
            database.set(null);
        }
    }

    /** What one client thread saw in the measured period. */
    private static final class Tally {
        final Latencies latencies = new Latencies();
        long measureFrom;
        long requests;
        long added;
        long failed;
        long lastAnswer;
    }

    private List<Tally> load(URI base, String key) throws InterruptedException {
        System.out.printf(
                Locale.ROOT,
                "%d threads × %d transfers, %d s warm-up, %d s measured%n",
                threads,
                batchSize,
                warmup.toSeconds(),
                duration.toSeconds());
        long begin = System.nanoTime();
        long measureFrom = begin + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Tally> tallies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Tally tally = new Tally();
            tally.measureFrom = measureFrom;
            tallies.add(tally);
            Thread worker = new Thread(
                    () -> {
                        HttpClient http = HttpClient.newBuilder()
                                .version(HttpClient.Version.HTTP_1_1)
                                .connectTimeout(Duration.ofSeconds(5))
                                .build();
                        while (true) {
                            long first = nextTransfer.getAndAdd(batchSize);
                            String body = batch(first);
                            long sent = System.nanoTime();
                            if (sent >= end) {
                                return;
                            }
                            long got = -1;
                            try {
                                HttpResponse<String> response = http.send(
                                        HttpRequest.newBuilder(base.resolve("/api/v1/funds/transfers"))
                                                .timeout(REQUEST_TIMEOUT)
                                                .header("X-API-Key", key)
                                                .header("Content-Type", "application/json")
                                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                                if (response.statusCode() == 200) {
                                    JsonNode answer = ClearSkyClient.JSON.readTree(response.body());
                                    got = answer.path("added").asLong(-1);
                                } else if (tally.failed < 3) {
                                    System.err.println("batch answered " + response.statusCode() + ": "
                                            + response.body()
                                                    .substring(
                                                            0,
                                                            Math.min(
                                                                    300,
                                                                    response.body()
                                                                            .length())));
                                }
                            } catch (IOException e) {
                                unanswered.addAndGet(batchSize);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                            long answered = System.nanoTime();
                            if (got > 0) {
                                added.addAndGet(got);
                            }
                            if (sent >= measureFrom) {
                                tally.requests++;
                                tally.lastAnswer = answered;
                                if (got == batchSize) {
                                    tally.added += got;
                                    tally.latencies.record(answered - sent);
                                } else {
                                    tally.failed++;
                                }
                            }
                        }
                    },
                    "transfer-client-" + t);
            workers.add(worker);
            worker.start();
        }
        long last = 0;
        for (Thread worker : workers) {
            while (worker.isAlive()) {
                worker.join(5000);
                long now = added.get();
                System.out.printf(
                        Locale.ROOT,
                        "  %3d s: %,d transfers added, %,.0f/s in the last 5 s%n",
                        (System.nanoTime() - begin) / 1_000_000_000L,
                        now,
                        (now - last) / 5.0);
                last = now;
            }
        }
        return tallies;
    }

    /** The JSON of transfers {@code first} to {@code first + batchSize - 1}, the same for the same seed and tag. */
    String batch(long first) {
        List<Map<String, Object>> transfers = new ArrayList<>(batchSize);
        Instant now = Instant.now();
        for (long i = first; i < first + batchSize; i++) {
            SplittableRandom random = new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L));
            int payer = random.nextInt(accounts);
            int payee = (payer + 1 + random.nextInt(accounts - 1)) % accounts;
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("transferId", "T" + tag + "-" + i);
            t.put(
                    "time",
                    now.minusSeconds(random.nextInt(86_400))
                            .atOffset(ZoneOffset.ofHours(8))
                            .toString());
            t.put("payerAccount", "B" + payer);
            t.put("payeeAccount", "B" + payee);
            t.put(
                    "amount",
                    (1 + random.nextInt(50_000)) + "." + String.format(Locale.ROOT, "%02d", random.nextInt(100)));
            t.put("channel", "BALANCE");
            transfers.add(t);
        }
        return ClearSkyClient.JSON.writeValueAsString(Map.of("transfers", transfers));
    }

    private static long count(ScratchDatabase scratch, String sql) throws Exception {
        try (Connection c = scratch.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

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
}

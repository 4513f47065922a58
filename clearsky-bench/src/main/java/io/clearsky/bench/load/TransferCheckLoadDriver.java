package io.clearsky.bench.load;

import io.clearsky.bench.ScratchDatabase;
import io.clearsky.bench.load.ClearSkyClient.Keys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Measures the synchronous transfer check ({@code POST /api/v1/transfer-checks}) at a fixed request rate, beside
 * the plain number check ({@code GET /api/v1/check}) at the same rate on the same server. Run from the repository
 * root after {@code ./mvnw -q -B package -DskipTests}:
 *
 * <pre>
 * java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.load.TransferCheckLoadDriver \
 *     --rate 5000 --warmup 90s --duration 30s --out target/transfer-check-load.md
 * </pre>
 *
 * <p>The server starts on its embedded default (H2) with a fresh data directory, or with {@code --postgres} on a
 * scratch PostgreSQL database. The driver lists 1,000 numbers,
 * sends calls from them to 2% of the payers through {@code POST /api/v1/events} (so some checks are HELD by rule 2,
 * as in life), then sends checks of payments from {@code --payers} payers to payees mostly paid before.
 */
public final class TransferCheckLoadDriver {

    // An open loop (PacedHttp): requests are due on a fixed schedule whatever the server does, and each latency runs
    // from the time the request was due, not from when it left, so a server that falls behind is charged for the
    // wait it causes (no coordinated omission). The client shares the two cores with the server.

    static final String NUMBER_CHECK = "number check GET /api/v1/check";
    static final String TRANSFER_CHECK = "transfer check POST /api/v1/transfer-checks";
    static final double TARGET_RATE = 5_000;
    static final double TARGET_P99_MS = 20;

    /** The G1 settings docs/warning.md recommends for a server with the embedded engine, on a heap of this size. */
    public static List<String> recommendedJvm(String heap) {
        return List.of(
                "-Xms" + heap,
                "-Xmx" + heap,
                "-XX:+AlwaysPreTouch",
                "-XX:MaxTenuringThreshold=0",
                "-XX:MaxGCPauseMillis=10");
    }

    /** The server's JVM flags: the recommended G1 settings on a heap fixed at 2 GiB. */
    static final List<String> SERVER_JVM = recommendedJvm("2g");

    static final String USAGE = """
            Usage: java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.load.TransferCheckLoadDriver [options]
              --server-jar PATH     server jar (clearsky-server/target/clearsky-server-0.1.0-SNAPSHOT.jar)
              --server-jvm "FLAGS"  the server's JVM flags (docs/warning.md's G1 settings with a fixed 2 GiB heap:
                                    "-Xms2g -Xmx2g -XX:+AlwaysPreTouch -XX:MaxTenuringThreshold=0
                                    -XX:MaxGCPauseMillis=10")
              --rate N              requests a second, both phases (5000)
              --payers N            distinct payers (200000)
              --connections N       keep-alive connections, one request in flight each (64)
              --warmup D            warm-up per phase, not measured (90s: on two cores under this load the JIT
                                    takes about a minute to compile the check's path)
              --duration D          measured time per phase (30s)
              --postgres URL        run the server on a scratch database made here
                                    (jdbc:postgresql://127.0.0.1:5432/postgres); the embedded H2 when absent
              --out PATH            also write the table as Markdown here
            """;

    private record Options(
            Path serverJar,
            List<String> serverJvm,
            double rate,
            int payers,
            int connections,
            Duration warmup,
            Duration duration,
            @Nullable String postgres,
            @Nullable Path out) {}

    /** What one phase measured. */
    public record Phase(
            String name,
            long due,
            long answered,
            long failed,
            double achievedRate,
            Latencies.Summary latency,
            double p999Millis,
            Map<String, Long> outcomes) {

        public double p99Millis() {
            return latency.p99Millis();
        }
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.print(USAGE);
            return;
        }
        Options options = parse(args);
        List<Phase> phases = measure(options);
        String table = table(phases, options, String.join(" ", args));
        System.out.println(table);
        if (options.out() != null) {
            Files.writeString(options.out(), table);
        }
    }

    /** Runs both phases with these options ({@link #USAGE}) and returns them: the number check, then the check. */
    public static List<Phase> measure(String[] args) throws Exception {
        return measure(parse(args));
    }

    private static List<Phase> measure(Options options) throws Exception {
        ScratchDatabase scratch =
                options.postgres() == null ? null : ScratchDatabase.create(options.postgres(), "postgres", "");
        List<String> arguments = scratch == null
                ? List.of()
                : List.of("--spring.datasource.url=" + scratch.url(), "--spring.datasource.username=postgres");
        try (ScratchDatabase database = scratch;
                ServerProcess server = ServerProcess.start(
                        options.serverJar(), options.serverJvm(), arguments, Map.of(), Duration.ofMinutes(3), null)) {
            ClearSkyClient client = new ClearSkyClient(server.base());
            Keys keys = client.bootstrap(server.dataDir());
            List<String> listed = SyntheticNumbers.chineseMobiles(17, 1_000, List.of());
            StringBuilder csv = new StringBuilder("value\n");
            listed.forEach(number -> csv.append(number).append('\n'));
            client.importCsv(keys.police(), csv.toString(), "all-or-nothing", Duration.ofMinutes(2));
            List<String> payers = SyntheticNumbers.chineseMobiles(23, options.payers(), listed);
            sendContacts(server.base(), keys.partner(), listed, payers);

            List<Phase> phases = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(5);
            URI base = server.base();
            phases.add(run(NUMBER_CHECK, options, base, seq -> {
                String number = payers.get(random.nextInt(payers.size()));
                return PacedHttp.request(base, "GET", ClearSkyClient.checkPath(number, "load"), keys.partner(), "");
            }));
            phases.add(run(TRANSFER_CHECK, options, base, seq -> {
                int payer = random.nextInt(payers.size());
                String phone = payers.get(payer);
                // Most payments go to one of a payer's five usual payees; one in ten to a stranger.
                String payee = random.nextInt(10) == 0
                        ? "alipay:2088" + String.format("%012d", random.nextLong(1_000_000_000_000L))
                        : "alipay:2087" + String.format("%06d%06d", payer % 1_000_000, random.nextInt(5));
                String body = String.format(
                        Locale.ROOT,
                        "{\"id\":\"chk-%d\",\"at\":\"%s\",\"payer\":\"alipay:%s\",\"payerPhone\":\"%s\","
                                + "\"payee\":\"%s\",\"amount\":\"%d.00\",\"channel\":\"MOBILE_APP\",\"region\":\"350203\"}",
                        seq,
                        Instant.now(),
                        phone,
                        phone,
                        payee,
                        100 + random.nextInt(30_000));
                return PacedHttp.request(base, "POST", "/api/v1/transfer-checks", keys.partner(), body);
            }));
            return phases;
        }
    }

    /** Calls from listed numbers to 2% of the payers, five minutes ago, so that their payments meet rule 2. */
    private static void sendContacts(URI base, String partnerKey, List<String> listed, List<String> payers)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        SplittableRandom random = new SplittableRandom(3);
        List<String> batch = new ArrayList<>();
        Instant at = Instant.now().minus(Duration.ofMinutes(5));
        for (int i = 0; i < payers.size(); i += 50) {
            batch.add(String.format(
                    Locale.ROOT,
                    "{\"type\":\"call\",\"id\":\"call-%d\",\"at\":\"%s\",\"caller\":\"%s\",\"presented\":\"%s\","
                            + "\"callee\":\"%s\",\"durationSeconds\":%d,\"route\":\"DOMESTIC\"}",
                    i,
                    at,
                    listed.get(random.nextInt(listed.size())),
                    listed.get(random.nextInt(listed.size())),
                    payers.get(i),
                    60 + random.nextInt(600)));
            if (batch.size() == 1_000 || i + 50 >= payers.size()) {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(base.resolve("/api/v1/events"))
                                .header("X-API-Key", partnerKey)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"events\":[" + String.join(",", batch) + "]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("events answered " + answer.statusCode() + ": " + answer.body());
                }
                batch.clear();
            }
        }
    }

    /** Sends requests on a fixed schedule for the warm-up and the measured time; measures the latter. */
    static Phase run(String name, Options options, URI base, LongFunction<byte[]> requests) {
        // One generator thread per request in flight; the random source is shared, so requests are made under a lock.
        Object lock = new Object();
        PacedHttp.Result result = PacedHttp.run(
                base,
                options.connections(),
                options.rate(),
                options.warmup(),
                options.duration(),
                seq -> {
                    synchronized (lock) {
                        return requests.apply(seq);
                    }
                },
                response -> outcomeOf(response.body()));
        double seconds = options.duration().toNanos() / 1e9;
        List<Latencies> all = List.of(result.latencies());
        return new Phase(
                name,
                result.due(),
                result.answered(),
                result.failed(),
                result.answered() / seconds,
                Latencies.summarise(all),
                Latencies.percentile(all, 0.999) / 1e6,
                result.tags());
    }

    private static @Nullable String outcomeOf(String body) {
        int at = body.indexOf("\"outcome\":\"");
        if (at < 0) {
            return null;
        }
        int from = at + 11;
        return body.substring(from, body.indexOf('"', from));
    }

    static String table(List<Phase> phases, Options options, String arguments) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Transfer check at %,.0f requests/s (open loop) on %s, %s warm-up, %s measured, %,d payers, %s%n%n",
                options.rate(),
                options.postgres() == null ? "H2 (embedded)" : "PostgreSQL",
                options.warmup(),
                options.duration(),
                options.payers(),
                Instant.now()));
        out.append("| phase | due | answered | failed or late | answered/s | p50 | p99 | p99.9 | max | outcomes |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Phase phase : phases) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %,d | %,.0f | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %s |%n",
                    phase.name(),
                    phase.due(),
                    phase.answered(),
                    phase.failed(),
                    phase.achievedRate(),
                    phase.latency().p50Millis(),
                    phase.latency().p99Millis(),
                    phase.p999Millis(),
                    phase.latency().maxMillis(),
                    phase.outcomes().isEmpty() ? "—" : phase.outcomes().toString()));
        }
        Phase check = phases.get(phases.size() - 1);
        Phase peer = phases.get(0);
        out.append(String.format(
                Locale.ROOT,
                "%nTarget: p99 < %.0f ms at %,.0f requests/s: %s (p99 %.2f ms at %,.0f answered/s). Transfer check p99 /"
                        + " number check p99 at the same rate: %.2f×.%nCommand: java -cp"
                        + " clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.load.TransferCheckLoadDriver %s%n",
                TARGET_P99_MS,
                TARGET_RATE,
                check.latency().p99Millis() < TARGET_P99_MS && check.achievedRate() >= 0.99 * TARGET_RATE
                        ? "met"
                        : "missed",
                check.latency().p99Millis(),
                check.achievedRate(),
                check.latency().p99Millis() / peer.latency().p99Millis(),
                arguments));
        return out.toString();
    }

    private static Options parse(String[] args) {
        Path jar = Path.of("clearsky-server/target/clearsky-server-0.1.0-SNAPSHOT.jar");
        List<String> jvm = SERVER_JVM;
        double rate = TARGET_RATE;
        int payers = 200_000;
        int connections = 64;
        Duration warmup = Duration.ofSeconds(90);
        Duration duration = Duration.ofSeconds(30);
        Path out = null;
        String postgres = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--server-jar" -> jar = Path.of(value);
                case "--server-jvm" -> jvm = List.of(value.trim().split("\\s+"));
                case "--rate" -> rate = Double.parseDouble(value);
                case "--payers" -> payers = Integer.parseInt(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--warmup" -> warmup = LoadOptions.parseDuration(value);
                case "--duration" -> duration = LoadOptions.parseDuration(value);
                case "--out" -> out = Path.of(value);
                case "--postgres" -> postgres = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
            i++;
        }
        return new Options(jar, jvm, rate, payers, connections, warmup, duration, postgres, out);
    }
}

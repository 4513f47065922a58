package io.clearsky.core.funds;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores {@link MuleDetector} against IBM AMLSim's labels: reads an AMLSim sample ({@code nodes.csv} with {@code
 * isFraud} per account, {@code transactions.csv} with a simulation step per transfer), runs the detector with the
 * default settings and with settings made for AMLSim's time scale, and prints precision, recall and F1 of the
 * flagged accounts. Skips with a message when the data is absent; it is never copied into the project.
 *
 * <pre>
 * ./mvnw -q -pl clearsky-bench -am package -DskipTests
 * java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.core.funds.AmlSimEvaluation [folder]
 * </pre>
 *
 * <p>The folder defaults to {@code ../shared/data/payments_aml/amlsim_ibm/20K_cycle200}.
 */
public final class AmlSimEvaluation {

    static final Path DEFAULT_FOLDER = Path.of("../shared/data/payments_aml/amlsim_ibm/20K_cycle200");
    // AMLSim's time is a step; a step is taken for a day. Transfers of one step keep the file's order.
    static final long DAY = Duration.ofDays(1).toMillis();
    static final long START = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

    private AmlSimEvaluation() {}

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : DEFAULT_FOLDER;
        Path nodes = folder.resolve("nodes.csv");
        Path transactions = folder.resolve("transactions.csv");
        if (!Files.isRegularFile(nodes) || !Files.isRegularFile(transactions)) {
            System.out.println("AMLSim data not found in " + folder.toAbsolutePath()
                    + " (nodes.csv, transactions.csv): skipped. See ../shared/data/README.md.");
            return;
        }
        Set<String> fraud = new HashSet<>();
        int accounts = 0;
        try (BufferedReader in = Files.newBufferedReader(nodes, StandardCharsets.UTF_8)) {
            in.readLine(); // nodeid,isFraud,init_balance,fraudStep
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                accounts++;
                if (f[1].equals("1")) {
                    fraud.add("amlsim:" + f[0]);
                }
            }
        }
        TransferGraph.Builder builder = TransferGraph.builder();
        int count = 0;
        try (BufferedReader in = Files.newBufferedReader(transactions, StandardCharsets.UTF_8)) {
            in.readLine(); // sourceNodeId,targetNodeId,value,time
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                long fen = Math.max(1, Math.round(Double.parseDouble(f[2]) * 100));
                builder.add(++count, "amlsim:" + f[0], "amlsim:" + f[1], START + Long.parseLong(f[3]) * DAY, fen);
            }
        }
        TransferGraph graph = builder.build();
        System.out.printf(
                Locale.ROOT,
                "AMLSim %s: %,d accounts (%,d labelled fraud), %,d transfers; a step is taken for a day%n",
                folder,
                accounts,
                fraud.size(),
                count);
        run("default settings", graph, fraud, MuleSettings.DEFAULT);
        // a step is a day, so "within minutes" cannot be seen: money passed on the same or the next step counts
        MuleSettings daily = MuleSettings.DEFAULT.withMaxDelay(Duration.ofDays(1));
        run("AMLSim settings (day steps)", graph, fraud, daily);
        for (int payers : new int[] {1, 2, 3}) {
            for (double share : new double[] {0.3, 0.5}) {
                for (int days : new int[] {1, 3}) {
                    run(
                            "  grid",
                            graph,
                            fraud,
                            daily.withMinPayers(payers)
                                    .withMinForwardedShare(share)
                                    .withMaxDelay(Duration.ofDays(days)));
                }
            }
        }
    }

    private static void run(String label, TransferGraph graph, Set<String> fraud, MuleSettings settings) {
        long started = System.nanoTime();
        List<MuleFlag> flags = MuleDetector.detect(graph, settings);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long hits = flags.stream().filter(f -> fraud.contains(f.account())).count();
        double precision = flags.isEmpty() ? 1 : (double) hits / flags.size();
        double recall = (double) hits / fraud.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(
                Locale.ROOT,
                "%s: minPayers %d, maxDelay %s, minForwardedShare %.2f, hubMinTransfers %,d -> %,d flagged,"
                        + " precision %.3f, recall %.3f, F1 %.3f (TP %,d, FP %,d, FN %,d) in %,d ms%n",
                label,
                settings.minPayers(),
                settings.maxDelay(),
                settings.minForwardedShare(),
                settings.hubMinTransfers(),
                flags.size(),
                precision,
                recall,
                f1,
                hits,
                flags.size() - hits,
                fraud.size() - hits,
                millis);
    }
}

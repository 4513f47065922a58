package io.clearsky.bench;

import io.clearsky.bench.load.TransferCheckLoadDriver;
import io.clearsky.bench.load.TransferCheckLoadDriver.Phase;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The synchronous transfer check under load on the embedded database, measured by {@link TransferCheckLoadDriver}
 * (open loop at a fixed rate) beside the number check on the same server at the same rate.
 */
final class TransferCheckSection implements Section {

    static final Figure ANSWERED = new Figure(
            "transfer check POST /api/v1/transfer-checks (H2), answered/s at the rate asked",
            Unit.PER_SECOND,
            Target.atLeast(5_000));
    static final Figure P99 = new Figure(
            "transfer check latency p99 (from when each request was due)", Unit.MILLISECONDS, Target.below(20));

    @Override
    public String name() {
        return "transfercheck";
    }

    @Override
    public List<Row> measure(TableOptions options, Consumer<String> note) throws Exception {
        if (!Files.isRegularFile(options.serverJar())) {
            return skipped("no server jar at " + options.serverJar() + " (./mvnw -q -B package -DskipTests)");
        }
        List<String> args =
                new ArrayList<>(List.of("--server-jar", options.serverJar().toString()));
        args.addAll(options.size().transferCheckDriverArgs());
        List<Phase> phases;
        try {
            phases = TransferCheckLoadDriver.measure(args.toArray(String[]::new));
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return skipped("the transfer check driver failed: " + e.getMessage());
        }
        phases.forEach(phase -> note.accept(String.format(
                Locale.ROOT,
                "transfer check driver: %s: %,d due, %,d answered, %,d failed or late, p99.9 %.2f ms, %s",
                phase.name(),
                phase.due(),
                phase.answered(),
                phase.failed(),
                phase.p999Millis(),
                phase.outcomes().isEmpty() ? "no outcomes" : phase.outcomes())));
        return rows(phases);
    }

    /** The check's rows from the driver's two phases, the number check as the peer. */
    static List<Row> rows(List<Phase> phases) {
        Phase peer = phases.get(0);
        Phase check = phases.get(phases.size() - 1);
        return rows(check.achievedRate(), check.p99Millis(), peer.achievedRate(), peer.p99Millis());
    }

    static List<Row> rows(double answered, double p99, double peerAnswered, double peerP99) {
        return List.of(
                ANSWERED.measured(answered, List.of(new Row.Peer("number check", peerAnswered))),
                P99.measured(p99, List.of(new Row.Peer("number check", peerP99))));
    }

    @Override
    public List<Row> skipped(String why) {
        return List.of(ANSWERED.skipped(why), P99.skipped(why));
    }
}

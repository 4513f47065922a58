package io.clearsky.bench;

import io.clearsky.bench.load.IntakeLoadDriver;
import io.clearsky.bench.load.IntakeResults;
import io.clearsky.bench.load.IntakeResults.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The report intake on PostgreSQL, measured by {@link IntakeLoadDriver} in this JVM: partners' batches and single
 * reports, each acknowledged once committed, with the rows in the database checked against the acknowledgements.
 */
final class IntakeSection implements Section {

    static final Figure BATCHED =
            new Figure("report intake, batched (PostgreSQL), reports/s", Unit.PER_SECOND, Target.atLeast(5_000));
    static final Figure BATCH_P99 = new Figure("batch acknowledgement p99", Unit.MILLISECONDS, Target.below(50));
    static final Figure SINGLE_P99 =
            new Figure("single report acknowledgement p99", Unit.MILLISECONDS, Target.below(50));
    static final Figure SINGLE =
            new Figure("single report intake (PostgreSQL), reports/s", Unit.PER_SECOND, Target.NONE);

    private static final String NOT_RUN = "the phase did not run";

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public List<Row> measure(TableOptions options, Consumer<String> note) throws Exception {
        List<String> args = driverArgs(options);
        Optional<String> missing = IntakeLoadDriver.missingPrerequisite(args.toArray(String[]::new));
        if (missing.isPresent()) {
            return skipped(missing.get());
        }
        IntakeResults results;
        try {
            results = IntakeLoadDriver.measure(args.toArray(String[]::new));
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return skipped("the intake driver failed: " + e.getMessage());
        }
        notes(results).forEach(note);
        return rows(results);
    }

    /** The driver's options: the table's server jar and the size's periods. */
    static List<String> driverArgs(TableOptions options) {
        List<String> args =
                new ArrayList<>(List.of("--server-jar", options.serverJar().toString()));
        args.addAll(options.size().intakeDriverArgs());
        return args;
    }

    @Override
    public List<Row> skipped(String why) {
        return List.of(BATCHED.skipped(why), BATCH_P99.skipped(why), SINGLE_P99.skipped(why), SINGLE.skipped(why));
    }

    static List<Row> rows(IntakeResults results) {
        Optional<Phase> batches = results.batches();
        Optional<Phase> singles = results.singles();
        // the figure is of durable reports: if the database lost any, there is no such figure
        Row batched = !results.durability().holds()
                ? BATCHED.skipped(
                        "the durability check failed: " + results.durability().describe())
                : batches.map(b -> BATCHED.measured(b.filedPerSecond(), List.of()))
                        .orElse(BATCHED.skipped(NOT_RUN));
        return List.of(
                batched,
                batches.map(b -> BATCH_P99.measured(b.p99Millis(), List.of())).orElse(BATCH_P99.skipped(NOT_RUN)),
                singles.map(s -> SINGLE_P99.measured(s.p99Millis(), List.of())).orElse(SINGLE_P99.skipped(NOT_RUN)),
                singles.map(s -> SINGLE.measured(s.filedPerSecond(), List.of())).orElse(SINGLE.skipped(NOT_RUN)));
    }

    /** What the table should say beside the rows: the load's shape, the durability check and the driver's notes. */
    static List<String> notes(IntakeResults results) {
        List<String> notes = new ArrayList<>();
        results.batches()
                .ifPresent(b -> notes.add(String.format(
                        Locale.ROOT,
                        "intake: %d client threads, one request in flight each, batches of %d reports (%d reports in"
                                + " flight); batch p50 %.2f ms, max %.2f ms; %,d batches, %,d failed, %,d reports"
                                + " rejected",
                        results.threads(),
                        results.batchSize(),
                        results.threads() * results.batchSize(),
                        b.p50Millis(),
                        b.maxMillis(),
                        b.requests(),
                        b.failedRequests(),
                        b.rejected())));
        results.singles()
                .ifPresent(s -> notes.add(String.format(
                        Locale.ROOT,
                        "intake: single reports with an API key and an Idempotency-Key, p50 %.2f ms, max %.2f ms;"
                                + " %,d requests, %,d failed",
                        s.p50Millis(),
                        s.maxMillis(),
                        s.requests(),
                        s.failedRequests())));
        notes.add("intake durability: " + results.durability().describe());
        results.notes().forEach(driverNote -> notes.add("intake driver: " + driverNote));
        return notes;
    }
}

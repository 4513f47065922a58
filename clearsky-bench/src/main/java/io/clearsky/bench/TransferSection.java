package io.clearsky.bench;

import io.clearsky.bench.load.TransferLoadDriver;
import io.clearsky.bench.load.TransferLoadDriver.Results;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Partners' transfer ingestion on PostgreSQL, measured by {@link TransferLoadDriver} in this JVM: JSON batches, each
 * acknowledged once committed, with the rows in the database checked against the acknowledgements.
 */
final class TransferSection implements Section {

    static final Figure INGESTION = new Figure(
            "transfer ingestion, batched (PostgreSQL), transfers/s", Unit.PER_SECOND, Target.atLeast(20_000));
    static final Figure BATCH_P99 = new Figure("transfer batch acknowledgement p99", Unit.MILLISECONDS, Target.NONE);

    @Override
    public String name() {
        return "transfers";
    }

    @Override
    public List<Row> measure(TableOptions options, Consumer<String> note) throws Exception {
        List<String> args =
                new ArrayList<>(List.of("--server-jar", options.serverJar().toString()));
        args.addAll(options.size().transferDriverArgs());
        Optional<String> missing = TransferLoadDriver.missingPrerequisite(args.toArray(String[]::new));
        if (missing.isPresent()) {
            return skipped(missing.get());
        }
        Results results;
        try {
            results = TransferLoadDriver.measure(args.toArray(String[]::new));
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return skipped("the transfer driver failed: " + e.getMessage());
        }
        note.accept(String.format(
                Locale.ROOT,
                "transfers: %d client threads × %,d transfers a batch; p50 %.2f ms, max %.2f ms; %,d batches, %,d"
                        + " failed; %,d rows for %,d acknowledged",
                results.threads(),
                results.batchSize(),
                results.p50Millis(),
                results.maxMillis(),
                results.batches(),
                results.failed(),
                results.rows(),
                results.acknowledged()));
        results.notes().forEach(n -> note.accept("transfer driver: " + n));
        // the figure is of durable transfers: if the database lost any, there is no such figure
        Row ingestion = results.rows() == results.acknowledged() && results.unanswered() == 0
                ? INGESTION.measured(results.perSecond(), List.of())
                : INGESTION.skipped("the durability check failed: " + results.rows() + " rows for "
                        + results.acknowledged() + " acknowledged");
        return List.of(ingestion, BATCH_P99.measured(results.p99Millis(), List.of()));
    }

    @Override
    public List<Row> skipped(String why) {
        return List.of(INGESTION.skipped(why), BATCH_P99.skipped(why));
    }
}

package io.clearsky.bench;

import io.clearsky.bench.load.CheckLoadDriver;
import io.clearsky.bench.load.LoadResults;
import io.clearsky.bench.load.LoadResults.Rate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * The HTTP check API under load, measured by {@link CheckLoadDriver} beside Redis GET and a PostgreSQL primary-key
 * lookup in the same run; the driver's real-list (FTC) phase is left out.
 */
final class HttpSection implements Section {

    static final Figure SINGLE =
            new Figure("single check GET /api/v1/check, requests/s", Unit.PER_SECOND, Target.atLeast(30_000));
    static final Figure SINGLE_P99 = new Figure("single check latency p99", Unit.MILLISECONDS, Target.below(5));
    static final Figure BATCH =
            new Figure("batch check POST /api/v1/check, identifiers/s", Unit.PER_SECOND, Target.atLeast(1_000_000));
    static final Figure BATCH_P99 = new Figure("batch request latency p99", Unit.MILLISECONDS, Target.NONE);

    private static final String NOT_RUN = "the phase did not run";

    @Override
    public String name() {
        return "http";
    }

    @Override
    public List<Row> measure(TableOptions options, Consumer<String> note) throws Exception {
        Optional<String> missing = CheckLoadDriver.missingPrerequisite(options.serverJar());
        if (missing.isPresent()) {
            return skipped(missing.get());
        }
        List<String> args =
                new ArrayList<>(List.of("--server-jar", options.serverJar().toString(), "--ftc", "none"));
        args.addAll(options.size().loadDriverArgs());
        LoadResults results;
        try {
            results = CheckLoadDriver.measure(args.toArray(String[]::new));
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return skipped("the load driver failed: " + e.getMessage());
        }
        results.notes().forEach(driverNote -> note.accept("load driver: " + driverNote));
        return rows(results);
    }

    @Override
    public List<Row> skipped(String why) {
        return List.of(SINGLE.skipped(why), SINGLE_P99.skipped(why), BATCH.skipped(why), BATCH_P99.skipped(why));
    }

    static List<Row> rows(LoadResults results) {
        Optional<Rate> single = results.singleChecks();
        return List.of(
                single.map(s -> SINGLE.measured(s.perSecond(), peers(results, Rate::perSecond)))
                        .orElse(SINGLE.skipped(NOT_RUN)),
                single.map(s -> SINGLE_P99.measured(s.p99Millis(), peers(results, Rate::p99Millis)))
                        .orElse(SINGLE_P99.skipped(NOT_RUN)),
                results.batchIdentifiersPerSecond()
                        .map(identifiers -> BATCH.measured(identifiers, peers(results, Rate::perSecond)))
                        .orElse(BATCH.skipped(NOT_RUN)),
                results.batchRequests()
                        .map(batch -> BATCH_P99.measured(batch.p99Millis(), List.of()))
                        .orElse(BATCH_P99.skipped(NOT_RUN)));
    }

    /** The peers measured in this run; a peer that was skipped is left out, and the driver's notes say why. */
    private static List<Row.Peer> peers(LoadResults results, ToDoubleFunction<Rate> figure) {
        List<Row.Peer> peers = new ArrayList<>();
        results.redisGets().ifPresent(redis -> peers.add(new Row.Peer("Redis GET", figure.applyAsDouble(redis))));
        results.postgresLookups()
                .ifPresent(postgres -> peers.add(new Row.Peer("PostgreSQL PK lookup", figure.applyAsDouble(postgres))));
        return peers;
    }
}

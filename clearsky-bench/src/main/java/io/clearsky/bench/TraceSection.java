package io.clearsky.bench;

import io.clearsky.core.funds.TracePeersBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * The 3-hop forward fund trace from a victim's payment ({@code io.clearsky.core.funds.FundTracer}, first in first
 * out) on a static graph of synthetic transfers, beside Neo4j embedded's variable-length Cypher pattern and a
 * PostgreSQL recursive query on the same graph, in the same run ({@link TracePeersBenchmark}): the median and the
 * 99th percentile of one trace.
 */
final class TraceSection implements Section {

    // The targets of issue 5 (p50 < 5 ms, p99 < 50 ms) are for a trace while transfers are ingesting, which the
    // ingesting driver measures; these rows are the same trace on a graph at rest, so they carry no target and are
    // there for the ratios. The peers do less than ours (no apportionment, no fan-out cap): see their Javadoc.

    static final String TRANSFERS_PARAM = "transfers";

    /** The size and JMH settings of the trace benchmark at a size of the table. */
    record Plan(long transfers, Jmh.Settings settings) {

        static Plan of(Size size) {
            return switch (size) {
                case QUICK -> new Plan(1_000_000, new Jmh.Settings(1, 5, 2, 10, List.of("-Xms3g", "-Xmx3g")));
                // the size and settings of the command in docs/benchmarks.md
                case FULL -> new Plan(10_000_000, new Jmh.Settings(2, 10, 3, 20, List.of("-Xms6g", "-Xmx6g")));
            };
        }

        Figure medianFigure() {
            return figure("p50");
        }

        Figure p99Figure() {
            return figure("p99");
        }

        List<Figure> figures() {
            return List.of(medianFigure(), p99Figure());
        }

        private Figure figure(String percentile) {
            return new Figure(
                    String.format(
                            Locale.ROOT,
                            "3-hop fund trace beside Neo4j and PostgreSQL, %,d transfers at rest, latency %s",
                            transfers,
                            percentile),
                    Unit.MILLISECONDS,
                    Target.NONE);
        }
    }

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public List<Row> measure(TableOptions options, Consumer<String> note) throws Exception {
        Plan plan = Plan.of(options.size());
        Map<String, Jmh.Score> scores =
                Jmh.run(TracePeersBenchmark.class, "", plan.settings(), Map.of(TRANSFERS_PARAM, new String[] {
                    String.valueOf(plan.transfers())
                }));
        note.accept("fund trace beside Neo4j and PostgreSQL: each cycles through the same 1,000 victims' payments;"
                + " the peers return every time-respecting transfer within 3 hops (checked to hold ours), ours also"
                + " apportions first in first out");
        Jmh.Score lookup = scores.get(label("clearSkySeedLookup", plan));
        if (lookup != null && !Double.isNaN(lookup.p50())) {
            note.accept(String.format(
                    Locale.ROOT,
                    "of ours, finding the seed transfer by its ref (TransferGraph.transferByReference, a linear"
                            + " search) alone: p50 %.3f ms, p99 %.3f ms",
                    millis(lookup, Jmh.Score::p50),
                    millis(lookup, Jmh.Score::p99)));
        }
        return rows(plan, scores);
    }

    static List<Row> rows(Plan plan, Map<String, Jmh.Score> scores) {
        List<Row> rows = new ArrayList<>();
        rows.add(row(plan, plan.medianFigure(), scores, Jmh.Score::p50));
        rows.add(row(plan, plan.p99Figure(), scores, Jmh.Score::p99));
        return rows;
    }

    private static Row row(Plan plan, Figure figure, Map<String, Jmh.Score> scores, ToDoubleFunction<Jmh.Score> of) {
        Jmh.Score ours = scores.get(label("clearSky", plan));
        if (ours == null || Double.isNaN(of.applyAsDouble(ours))) {
            return figure.skipped("JMH gave no samples for the trace (see its output above)");
        }
        List<Row.Peer> peers = new ArrayList<>();
        peer(peers, "Neo4j variable-length Cypher", scores.get(label("neo4jCypher", plan)), of);
        peer(peers, "PostgreSQL recursive CTE", scores.get(label("postgresRecursive", plan)), of);
        return figure.measured(millis(ours, of), peers);
    }

    private static void peer(List<Row.Peer> peers, String name, Jmh.Score score, ToDoubleFunction<Jmh.Score> of) {
        if (score != null && !Double.isNaN(of.applyAsDouble(score))) {
            peers.add(new Row.Peer(name, millis(score, of)));
        }
    }

    private static double millis(Jmh.Score score, ToDoubleFunction<Jmh.Score> of) {
        return of.applyAsDouble(score) * LinkageSection.secondsPer(score.unit()) * 1e3;
    }

    static String label(String method, Plan plan) {
        return method + " " + TRANSFERS_PARAM + "=" + plan.transfers();
    }

    @Override
    public List<Row> skipped(String why) {
        return skipped(Size.FULL, why);
    }

    @Override
    public List<Row> skipped(Size size, String why) {
        return Plan.of(size).figures().stream()
                .map(figure -> figure.skipped(why))
                .toList();
    }
}

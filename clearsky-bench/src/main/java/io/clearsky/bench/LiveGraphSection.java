package io.clearsky.bench;

import io.clearsky.core.funds.LiveTransferGraphFootprint;
import io.clearsky.core.funds.TraceWhileIngesting;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Core's {@code LiveTransferGraph}: the heap it retains holding 100 million transfers ({@link
 * LiveTransferGraphFootprint}), and the latency of a 3-level trace on 10 million transfers while transfers keep
 * arriving ({@link TraceWhileIngesting}), each in a child JVM with a 6 GiB heap.
 */
final class LiveGraphSection implements Section {

    // The same trace beside Neo4j and PostgreSQL on a graph that is not growing is the "trace" section's; the
    // figures here are the targets, measured the way the targets are worded.

    private static final List<String> HEAP = List.of("-Xms6g", "-Xmx6g");
    private static final String FOOTPRINT_PREFIX = "footprint-line ";
    private static final String TRACE_PREFIX = "trace-line ";
    private static final long TIMEOUT_MINUTES = 40;

    /** The sizes at a size of the table. */
    record Plan(long footprintTransfers, long traceTransfers, int rate, int warmupSeconds, int durationSeconds) {

        static Plan of(Size size) {
            return switch (size) {
                case QUICK -> new Plan(10_000_000, 1_000_000, 20_000, 5, 10);
                case FULL -> new Plan(100_000_000, 10_000_000, 20_000, 20, 60);
            };
        }

        Figure footprintFigure() {
            return new Figure(
                    String.format(
                            Locale.ROOT,
                            "live transfer graph, %s transfers, retained heap",
                            millions(footprintTransfers)),
                    Unit.BYTES,
                    Target.atMost(6L << 30));
        }

        Figure traceFigure(String percentile, double targetMillis) {
            return new Figure(
                    String.format(
                            Locale.ROOT,
                            "trace, 3 levels FIFO, %s transfers, while ingesting %,d/s, %s",
                            millions(traceTransfers),
                            rate,
                            percentile),
                    Unit.MILLISECONDS,
                    Target.below(targetMillis));
        }

        private static String millions(long n) {
            return String.format(Locale.ROOT, "%d M", n / 1_000_000);
        }
    }

    @Override
    public String name() {
        return "livegraph";
    }

    @Override
    public List<Row> measure(TableOptions options, Consumer<String> note) throws Exception {
        Plan plan = Plan.of(options.size());
        String footprint = ChildJvm.run(
                HEAP,
                LiveTransferGraphFootprint.class,
                List.of(String.valueOf(plan.footprintTransfers())),
                TIMEOUT_MINUTES);
        String trace = ChildJvm.run(
                HEAP,
                TraceWhileIngesting.class,
                List.of(
                        "--transfers", String.valueOf(plan.traceTransfers()),
                        "--rate", String.valueOf(plan.rate()),
                        "--warmup", String.valueOf(plan.warmupSeconds()),
                        "--duration", String.valueOf(plan.durationSeconds())),
                TIMEOUT_MINUTES);
        return rows(plan, footprint, trace, note);
    }

    static List<Row> rows(Plan plan, String footprintOutput, String traceOutput, Consumer<String> note) {
        String[] footprint = ChildJvm.line(footprintOutput, FOOTPRINT_PREFIX);
        String[] trace = ChildJvm.line(traceOutput, TRACE_PREFIX);
        long held = Long.parseLong(footprint[0]);
        long retained = Long.parseLong(footprint[2]);
        note.accept(String.format(
                Locale.ROOT,
                "live graph: %,d transfers between %,d accounts, %.1f bytes a transfer; %,d traces measured while"
                        + " %,.0f transfers/s were added",
                held,
                Long.parseLong(footprint[1]),
                (double) retained / held,
                Long.parseLong(trace[2]),
                Double.parseDouble(trace[3])));
        return List.of(
                plan.footprintFigure().measured(retained, List.of()),
                plan.traceFigure("p50", 5).measured(Long.parseLong(trace[0]) / 1e6, List.of()),
                plan.traceFigure("p99", 50).measured(Long.parseLong(trace[1]) / 1e6, List.of()));
    }

    @Override
    public List<Row> skipped(String why) {
        return skipped(Size.FULL, why);
    }

    @Override
    public List<Row> skipped(Size size, String why) {
        Plan plan = Plan.of(size);
        return List.of(
                plan.footprintFigure().skipped(why),
                plan.traceFigure("p50", 5).skipped(why),
                plan.traceFigure("p99", 50).skipped(why));
    }
}

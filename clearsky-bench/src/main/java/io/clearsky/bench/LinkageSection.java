package io.clearsky.bench;

import io.clearsky.core.linkage.LinkageAddBenchmark;
import io.clearsky.core.linkage.LinkageBenchmark;
import io.clearsky.core.linkage.PostgresLinkage;
import io.clearsky.core.linkage.SyntheticReports;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The linkage of reports by shared identifiers ({@code io.clearsky.core.linkage.Linker}): a full rebuild against its
 * target, the same rebuild beside JGraphT's {@code ConnectivityInspector} ({@link LinkageBenchmark}) and beside a
 * PostgreSQL recursive query ({@link PostgresLinkage}) at sizes those finish at, and the latency of adding one report
 * ({@link LinkageAddBenchmark}).
 */
final class LinkageSection implements Section {

    // Each peer is measured at the size it is feasible at, beside ours at that same size in the same run: JGraphT
    // does not fit a 6 GiB heap at 10 million reports, and the recursive query's cost grows with the square of the
    // cluster sizes. The rebuild's target row has no peer for that reason; the ratios are in the peers' rows.

    static final String REPORTS_PARAM = "reports";
    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    static final String PG_USER = "postgres";

    /** The sizes and JMH settings of the linkage benchmarks at a size of the table. */
    record Plan(
            int rebuildReports,
            int jgraphtReports,
            int postgresReports,
            int addReports,
            Jmh.Settings rebuild,
            Jmh.Settings peers,
            Jmh.Settings add) {

        // single-shot benchmarks ignore the iteration seconds; the add-one samples run for them
        static Plan of(Size size) {
            return switch (size) {
                case QUICK -> {
                    List<String> heap = List.of("-Xms2g", "-Xmx2g");
                    yield new Plan(
                            1_000_000,
                            100_000,
                            5_000,
                            1_000_000,
                            new Jmh.Settings(1, 1, 3, 1, heap),
                            new Jmh.Settings(1, 1, 2, 1, heap),
                            new Jmh.Settings(1, 2, 2, 3, heap));
                }
                case FULL -> {
                    // the sizes and settings of the commands in docs/benchmarks.md
                    List<String> heap = List.of("-Xms6g", "-Xmx6g");
                    yield new Plan(
                            10_000_000,
                            1_000_000,
                            20_000,
                            10_000_000,
                            new Jmh.Settings(1, 1, 3, 1, heap),
                            new Jmh.Settings(2, 1, 3, 1, heap),
                            new Jmh.Settings(1, 3, 3, 3, heap));
                }
            };
        }

        Figure rebuildFigure() {
            return new Figure(
                    String.format(Locale.ROOT, "linkage rebuild, %s, one thread", reportsAndLinks(rebuildReports)),
                    Unit.SECONDS,
                    Target.below(10));
        }

        Figure jgraphtFigure() {
            return new Figure(
                    "linkage rebuild beside JGraphT, " + reportsAndLinks(jgraphtReports),
                    Unit.MILLISECONDS,
                    Target.NONE);
        }

        Figure postgresFigure() {
            return new Figure(
                    "linkage rebuild beside PostgreSQL, " + reportsAndLinks(postgresReports),
                    Unit.MILLISECONDS,
                    Target.NONE);
        }

        Figure addFigure() {
            return new Figure(
                    String.format(Locale.ROOT, "linkage add one report to %,d, latency p99", addReports),
                    Unit.MICROSECONDS,
                    Target.below(20));
        }

        List<Figure> figures() {
            return List.of(rebuildFigure(), jgraphtFigure(), postgresFigure(), addFigure());
        }

        private static String reportsAndLinks(int reports) {
            return String.format(
                    Locale.ROOT,
                    "%,d reports / %,d links",
                    reports,
                    (long) reports * SyntheticReports.LINKS_PER_REPORT);
        }
    }

    @Override
    public String name() {
        return "linkage";
    }

    @Override
    public List<Row> measure(TableOptions options, Consumer<String> note) throws Exception {
        Plan plan = Plan.of(options.size());
        List<Row> rows = new ArrayList<>();
        // one benchmark failing (a heap too small, PostgreSQL away) leaves the others' rows measured
        rows.add(attempt(
                plan.rebuildFigure(),
                () -> rebuildRow(plan, jmh(LinkageBenchmark.class, "rebuild", plan.rebuild(), plan.rebuildReports()))));
        rows.add(attempt(
                plan.jgraphtFigure(),
                () -> jgraphtRow(plan, jmh(LinkageBenchmark.class, "", plan.peers(), plan.jgraphtReports()))));
        rows.add(attempt(plan.postgresFigure(), () -> postgresRow(plan, note)));
        rows.add(attempt(
                plan.addFigure(),
                () -> addRow(plan, jmh(LinkageAddBenchmark.class, "", plan.add(), plan.addReports()), note)));
        return rows;
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

    /** A step that measures one row. */
    @FunctionalInterface
    private interface Step {
        Row measure() throws Exception;
    }

    private static Row attempt(Figure figure, Step step) throws InterruptedException {
        try {
            return step.measure();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            System.err.println(figure.name() + " failed: " + e);
            return figure.skipped("failed: " + e.getMessage());
        }
    }

    private static Map<String, Jmh.Score> jmh(Class<?> benchmark, String method, Jmh.Settings settings, int reports)
            throws Exception {
        return Jmh.run(benchmark, method, settings, Map.of(REPORTS_PARAM, new String[] {String.valueOf(reports)}));
    }

    static String label(String method, int reports) {
        return method + " " + REPORTS_PARAM + "=" + reports;
    }

    /** The rebuild's single shots, in seconds. */
    static Row rebuildRow(Plan plan, Map<String, Jmh.Score> scores) {
        Figure figure = plan.rebuildFigure();
        Jmh.Score rebuild = scores.get(label("rebuild", plan.rebuildReports()));
        if (rebuild == null) {
            return figure.skipped("JMH gave no score for the rebuild (see its output above)");
        }
        double toSeconds = secondsPer(rebuild.unit());
        return figure.measured(rebuild.mean() * toSeconds, rebuild.error() * toSeconds, List.of());
    }

    /** Ours and JGraphT at the peer's size, in milliseconds. */
    static Row jgraphtRow(Plan plan, Map<String, Jmh.Score> scores) {
        Figure figure = plan.jgraphtFigure();
        Jmh.Score ours = scores.get(label("rebuild", plan.jgraphtReports()));
        if (ours == null) {
            return figure.skipped("JMH gave no score for the rebuild (see its output above)");
        }
        Jmh.Score jgrapht = scores.get(label("jgrapht", plan.jgraphtReports()));
        double toMillis = secondsPer(ours.unit()) * 1e3;
        List<Row.Peer> peers = jgrapht == null
                ? List.of()
                : List.of(new Row.Peer(
                        "JGraphT ConnectivityInspector", jgrapht.mean() * secondsPer(jgrapht.unit()) * 1e3));
        return figure.measured(ours.mean() * toMillis, ours.error() * toMillis, peers);
    }

    private static Row postgresRow(Plan plan, Consumer<String> note) throws Exception {
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        PostgresLinkage.Result result = PostgresLinkage.measure(PG_URL, PG_USER, password, plan.postgresReports());
        note.accept(postgresNote(result));
        return postgresRow(plan, result);
    }

    static Row postgresRow(Plan plan, PostgresLinkage.Result result) {
        Figure figure = plan.postgresFigure();
        if (result.clusters() != result.postgresClusters()) {
            return figure.skipped(String.format(
                    Locale.ROOT,
                    "the linkages disagree: %,d clusters, PostgreSQL %,d",
                    result.clusters(),
                    result.postgresClusters()));
        }
        String version = result.version().split(" ")[0];
        return figure.measured(
                result.linkerMillis(),
                List.of(new Row.Peer("PostgreSQL " + version + " recursive CTE", result.postgresMillis())));
    }

    static String postgresNote(PostgresLinkage.Result result) {
        return String.format(
                Locale.ROOT,
                "linkage beside PostgreSQL %s: ours the best of 7 rebuilds (%,d clusters), the recursive CTE over an"
                        + " indexed link table run once (%,d clusters)",
                result.version(),
                result.clusters(),
                result.postgresClusters());
    }

    /** The 99th percentile of the add-one samples, in microseconds. */
    static Row addRow(Plan plan, Map<String, Jmh.Score> scores, Consumer<String> note) {
        Figure figure = plan.addFigure();
        Jmh.Score add = scores.get(label("addReport", plan.addReports()));
        if (add == null || Double.isNaN(add.p99())) {
            return figure.skipped("JMH gave no samples for addReport (see its output above)");
        }
        double toMicros = secondsPer(add.unit()) * 1e6;
        note.accept(String.format(
                Locale.ROOT,
                "linkage add one report: mean %.2f µs, p99 %.2f µs (JMH sample time; the rare array doublings as the"
                        + " linkage grows sit above the p99 and weigh on the mean)",
                add.mean() * toMicros,
                add.p99() * toMicros));
        return figure.measured(add.p99() * toMicros, List.of());
    }

    /** Seconds in one unit of a JMH time score: {@code ms/op} gives 0.001. */
    static double secondsPer(String unit) {
        return switch (unit) {
            case "s/op" -> 1;
            case "ms/op" -> 1e-3;
            case "us/op" -> 1e-6;
            case "ns/op" -> 1e-9;
            default -> throw new IllegalArgumentException("not a JMH time per operation: " + unit);
        };
    }
}

package io.clearsky.bench;

import io.clearsky.bench.load.TransferCheckLoadDriver;
import io.clearsky.core.warning.EventCodecBenchmark;
import io.clearsky.core.warning.RiskEngineBenchmark;
import io.clearsky.core.warning.RiskEngineLoad;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The embedded risk engine of early warning (issue 6): events a second from two threads on state for 10 million
 * subscribers, and the event-to-decision latency at 300,000 events a second, with the same engine behind one global
 * lock beside it ({@link RiskEngineLoad}, in a child JVM with a 6 GiB heap); then, one thread under JMH, {@code
 * RiskEngine.process} by event type ({@link RiskEngineBenchmark}) and reading each event type from JSON ({@link
 * EventCodecBenchmark}).
 */
final class WarningSection implements Section {

    private static final String LINE_PREFIX = "warning-line ";
    private static final long TIMEOUT_MINUTES = 30;

    /** Event types as the JMH benchmarks name their methods, and as the rows name them. */
    static final Map<String, String> TYPES = types();

    /** The sizes at a size of the table. */
    record Plan(
            int subscribers,
            List<String> heap,
            int rate,
            int lowRate,
            int warmupSeconds,
            int durationSeconds,
            int jmhSubscribers,
            Jmh.Settings jmh) {

        static Plan of(Size size) {
            return switch (size) {
                case QUICK ->
                    new Plan(
                            1_000_000,
                            TransferCheckLoadDriver.recommendedJvm("2g"),
                            300_000,
                            100_000,
                            5,
                            10,
                            1_000_000,
                            new Jmh.Settings(2, 1, 3, 1, Size.JMH_JVM_ARGS));
                // the commands in docs/benchmarks.md, with the G1 settings docs/warning.md recommends
                case FULL ->
                    new Plan(
                            10_000_000,
                            TransferCheckLoadDriver.recommendedJvm("6g"),
                            300_000,
                            100_000,
                            20,
                            30,
                            1_000_000,
                            new Jmh.Settings(3, 5, 5, 5, Size.JMH_JVM_ARGS));
            };
        }

        Figure throughput() {
            return new Figure(
                    String.format(
                            Locale.ROOT,
                            "risk engine, 2 threads, state for %s subscribers, events/s",
                            millions(subscribers)),
                    Unit.PER_SECOND,
                    Target.atLeast(300_000));
        }

        Figure latency(int atRate, String percentile, Target target) {
            return new Figure(
                    String.format(
                            Locale.ROOT,
                            "event-to-decision latency at %,d events/s, %s subscribers, %s",
                            atRate,
                            millions(subscribers),
                            percentile),
                    Unit.MILLISECONDS,
                    target);
        }

        Figure process(String type) {
            return new Figure(
                    String.format(
                            Locale.ROOT,
                            "RiskEngine.process, one thread, %s subscribers: %s",
                            millions(jmhSubscribers),
                            TYPES.get(type)),
                    Unit.PER_SECOND,
                    Target.NONE);
        }

        Figure parse(String type) {
            return new Figure("EventCodec.read, one thread: " + TYPES.get(type), Unit.PER_SECOND, Target.NONE);
        }

        List<Figure> loadFigures() {
            return List.of(
                    throughput(),
                    latency(rate, "p50", Target.NONE),
                    latency(rate, "p99", Target.below(10)),
                    latency(rate, "p99.9", Target.NONE),
                    latency(lowRate, "p99", Target.NONE));
        }

        List<Figure> jmhFigures() {
            List<Figure> figures = new ArrayList<>();
            TYPES.keySet().forEach(type -> figures.add(process(type)));
            TYPES.keySet().stream().filter(type -> !type.equals("mix")).forEach(type -> figures.add(parse(type)));
            return figures;
        }

        private static String millions(int n) {
            return n % 1_000_000 == 0
                    ? String.format(Locale.ROOT, "%d M", n / 1_000_000)
                    : String.format(Locale.ROOT, "%,d", n);
        }
    }

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("call", "call");
        types.put("sms", "sms");
        types.put("transferAttempt", "transfer-attempt");
        types.put("linkVisit", "link-visit");
        types.put("appInstall", "app-install");
        types.put("mix", "the mix (calls 50%, SMS 28%, transfers 15%, visits 5%, installs 2%)");
        return types;
    }

    @Override
    public String name() {
        return "warning";
    }

    @Override
    public List<Row> measure(TableOptions options, Consumer<String> note) throws Exception {
        Plan plan = Plan.of(options.size());
        String load = ChildJvm.run(
                plan.heap(),
                RiskEngineLoad.class,
                List.of(
                        "--subscribers", String.valueOf(plan.subscribers()),
                        "--rate", String.valueOf(plan.rate()),
                        "--low-rate", String.valueOf(plan.lowRate()),
                        "--warmup", String.valueOf(plan.warmupSeconds()),
                        "--duration", String.valueOf(plan.durationSeconds())),
                TIMEOUT_MINUTES);
        Map<String, String[]> params = Map.of("subscribers", new String[] {String.valueOf(plan.jmhSubscribers())});
        Map<String, Jmh.Score> process = Jmh.run(RiskEngineBenchmark.class, "", plan.jmh(), params);
        Map<String, Jmh.Score> parse = Jmh.run(EventCodecBenchmark.class, "", plan.jmh(), Map.of());
        List<Row> rows = new ArrayList<>(loadRows(plan, load, note));
        rows.addAll(jmhRows(plan, process, parse, note));
        return rows;
    }

    static List<Row> loadRows(Plan plan, String output, Consumer<String> note) {
        String[] line = ChildJvm.line(output, LINE_PREFIX);
        long states = Long.parseLong(line[0]);
        double perSecond = Double.parseDouble(line[2]);
        double globalLock = Double.parseDouble(line[3]);
        note.accept(String.format(
                Locale.ROOT,
                "risk engine: %,d keys with state after the preload (%,d subscribers, three payees each, and the payee"
                        + " accounts), %s MiB of heap after GC, in a JVM with %s; the paced phase achieved %,.0f"
                        + " events/s",
                states,
                Long.parseLong(line[1]),
                line[8],
                String.join(" ", plan.heap()),
                Double.parseDouble(line[7])));
        return List.of(
                plan.throughput()
                        .measured(
                                perSecond, List.of(new Row.Peer("the same engine behind one global lock", globalLock))),
                plan.latency(plan.rate(), "p50", Target.NONE).measured(millis(line[4]), List.of()),
                plan.latency(plan.rate(), "p99", Target.below(10)).measured(millis(line[5]), List.of()),
                plan.latency(plan.rate(), "p99.9", Target.NONE).measured(millis(line[6]), List.of()),
                plan.latency(plan.lowRate(), "p99", Target.NONE).measured(millis(line[11]), List.of()));
    }

    static List<Row> jmhRows(
            Plan plan, Map<String, Jmh.Score> process, Map<String, Jmh.Score> parse, Consumer<String> note) {
        List<Row> rows = new ArrayList<>();
        String size = "subscribers=" + plan.jmhSubscribers();
        for (String type : TYPES.keySet()) {
            rows.add(jmhRow(plan.process(type), process.get(type + " " + size)));
        }
        Jmh.Score making = process.get("makeMix " + size);
        if (making != null) {
            note.accept(String.format(
                    Locale.ROOT,
                    "RiskEngine.process rows include making each event; making the mix alone: %,.0f events/s",
                    making.mean()));
        }
        for (String type : TYPES.keySet()) {
            if (!type.equals("mix")) {
                rows.add(jmhRow(plan.parse(type), parse.get(type)));
            }
        }
        return rows;
    }

    private static Row jmhRow(Figure figure, Jmh.Score score) {
        return score == null
                ? figure.skipped("JMH gave no score (see its output above)")
                : figure.measured(score.mean(), score.error(), List.of());
    }

    private static double millis(String nanos) {
        return Long.parseLong(nanos) / 1e6;
    }

    @Override
    public List<Row> skipped(String why) {
        return skipped(Size.FULL, why);
    }

    @Override
    public List<Row> skipped(Size size, String why) {
        Plan plan = Plan.of(size);
        List<Row> rows = new ArrayList<>();
        plan.loadFigures().forEach(figure -> rows.add(figure.skipped(why)));
        plan.jmhFigures().forEach(figure -> rows.add(figure.skipped(why)));
        return rows;
    }
}

package io.clearsky.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs a JMH benchmark class at a size and hands back its scores by label. */
final class Jmh {

    // Every benchmark of the class runs in one Runner call, one fork each, so ours and its peer are
    // measured in the same run on the same machine state; a ratio across runs would mean little here.

    /** The parameter every benchmark takes for the size of its index; the table's header states it. */
    static final String SIZE_PARAM = "phoneNumbers";

    private Jmh() {}

    /**
     * A benchmark's mean score in its unit ({@code ops/s} for throughput, {@code ms/op} for a single shot), its 99.9%
     * error, NaN when JMH gives none, and for sample-time benchmarks the 99th and 50th percentiles of the samples
     * (else NaN).
     */
    record Score(double mean, double error, double p99, String unit, double p50) {

        Score(double mean, double error) {
            this(mean, error, Double.NaN, "ops/s");
        }

        /** A score without a median (NaN), as all but sample-time benchmarks give. */
        Score(double mean, double error, double p99, String unit) {
            this(mean, error, p99, unit, Double.NaN);
        }
    }

    /**
     * How JMH runs: warm-up and measured iterations with their length in seconds (ignored by single-shot
     * benchmarks), and the forked JVM's flags.
     */
    record Settings(
            int warmupIterations, int warmupSeconds, int iterations, int iterationSeconds, List<String> jvmArgs) {

        Settings {
            jvmArgs = List.copyOf(jvmArgs);
        }

        /** The settings of a size for the index benchmarks. */
        static Settings of(Size size) {
            return new Settings(
                    size.warmupIterations(),
                    size.warmupSeconds(),
                    size.iterations(),
                    size.iterationSeconds(),
                    Size.JMH_JVM_ARGS);
        }
    }

    /**
     * Runs every benchmark of {@code benchmark} over an index of the size's phone numbers with these extra
     * parameters; scores by label.
     */
    static Map<String, Score> run(Class<?> benchmark, Size size, Map<String, String[]> params) throws RunnerException {
        Map<String, String[]> all = new LinkedHashMap<>(params);
        all.put(SIZE_PARAM, new String[] {String.valueOf(size.phoneNumbers())});
        return run(benchmark, "", Settings.of(size), all);
    }

    /**
     * Runs the benchmarks of {@code benchmark} whose method name is {@code method} (all of them if empty) with these
     * settings and exactly these parameters, so a benchmark without {@value #SIZE_PARAM} runs too; scores by label.
     */
    static Map<String, Score> run(Class<?> benchmark, String method, Settings settings, Map<String, String[]> params)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include(benchmark, method))
                .forks(1)
                .threads(1)
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.seconds(settings.warmupSeconds()))
                .measurementIterations(settings.iterations())
                .measurementTime(TimeValue.seconds(settings.iterationSeconds()))
                .jvmArgs(settings.jvmArgs().toArray(String[]::new));
        params.forEach(options::param);
        Map<String, Score> scores = new LinkedHashMap<>();
        for (RunResult run : new Runner(options.build()).run()) {
            BenchmarkParams benchmarkParams = run.getParams();
            Map<String, String> values = new TreeMap<>();
            for (String key : benchmarkParams.getParamsKeys()) {
                values.put(key, benchmarkParams.getParam(key));
            }
            Result<?> primary = run.getPrimaryResult();
            boolean sampled = benchmarkParams.getMode() == Mode.SampleTime;
            double p99 = sampled ? primary.getStatistics().getPercentile(99) : Double.NaN;
            double p50 = sampled ? primary.getStatistics().getPercentile(50) : Double.NaN;
            scores.put(
                    label(benchmarkParams.getBenchmark(), values),
                    new Score(primary.getScore(), primary.getScoreError(), p99, primary.getScoreUnit(), p50));
        }
        return scores;
    }

    /** The regular expression JMH selects the benchmarks by: the class's methods, or one of them. */
    static String include(Class<?> benchmark, String method) {
        return Pattern.quote(benchmark.getName()) + "\\." + (method.isEmpty() ? "" : Pattern.quote(method) + "$");
    }

    /**
     * A benchmark's label: the method's simple name and its parameters other than the size, e.g. {@code lookupAll} or
     * {@code parseToKeyAndLookup slowPathPercent=5}.
     */
    static String label(String benchmark, Map<String, String> params) {
        StringBuilder label = new StringBuilder(benchmark.substring(benchmark.lastIndexOf('.') + 1));
        new TreeMap<>(params).forEach((key, value) -> {
            if (!key.equals(SIZE_PARAM)) {
                label.append(' ').append(key).append('=').append(value);
            }
        });
        return label.toString();
    }

    static List<Row> rows(List<JmhFigure> figures, Map<String, Score> scores) {
        return figures.stream().map(figure -> figure.row(scores)).toList();
    }

    static List<Row> skipped(List<JmhFigure> figures, String why) {
        return figures.stream().map(figure -> figure.figure().skipped(why)).toList();
    }
}

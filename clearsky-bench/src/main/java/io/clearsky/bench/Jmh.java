package io.clearsky.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
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

    /** A benchmark's mean score (operations a second) and its 99.9% error, NaN when JMH gives none. */
    record Score(double mean, double error) {}

    /** Runs every benchmark of {@code benchmark} at {@code size} with these extra parameters; scores by label. */
    static Map<String, Score> run(Class<?> benchmark, Size size, Map<String, String[]> params) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(Pattern.quote(benchmark.getName()) + "\\.")
                .forks(1)
                .threads(1)
                .warmupIterations(size.warmupIterations())
                .warmupTime(TimeValue.seconds(size.warmupSeconds()))
                .measurementIterations(size.iterations())
                .measurementTime(TimeValue.seconds(size.iterationSeconds()))
                .jvmArgs(Size.JMH_JVM_ARGS.toArray(String[]::new))
                .param(SIZE_PARAM, String.valueOf(size.phoneNumbers()));
        params.forEach(options::param);
        Map<String, Score> scores = new LinkedHashMap<>();
        for (RunResult run : new Runner(options.build()).run()) {
            BenchmarkParams benchmarkParams = run.getParams();
            Map<String, String> values = new TreeMap<>();
            for (String key : benchmarkParams.getParamsKeys()) {
                values.put(key, benchmarkParams.getParam(key));
            }
            Result<?> primary = run.getPrimaryResult();
            scores.put(
                    label(benchmarkParams.getBenchmark(), values),
                    new Score(primary.getScore(), primary.getScoreError()));
        }
        return scores;
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

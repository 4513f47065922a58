package io.clearsky.bench;

import io.clearsky.core.index.IndicatorIndexBenchmark;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Index lookups ({@link IndicatorIndexBenchmark}): ours and fastutil's {@code Long2LongOpenHashMap}, one JMH run. */
final class LookupSection implements Section {

    static final List<JmhFigure> FIGURES = List.of(
            JmhFigure.of(
                    "lookupAll: getPhones, 1,000 keys in groups of 32",
                    Target.atLeast(20_000_000),
                    "lookupAll",
                    "fastutil, 1,000 gets in a loop",
                    "fastutilLookupBatch"),
            JmhFigure.of(
                    "lookup: one getPhone", Target.atLeast(20_000_000), "lookup", "fastutil get", "fastutilLookup"),
            JmhFigure.of(
                    "lookupBatch: 1,000 getPhone calls in a loop",
                    Target.NONE,
                    "lookupBatch",
                    "fastutil, 1,000 gets in a loop",
                    "fastutilLookupBatch"));

    @Override
    public String name() {
        return "lookup";
    }

    @Override
    public List<Row> measure(TableOptions options, Consumer<String> note) throws Exception {
        return Jmh.rows(FIGURES, Jmh.run(IndicatorIndexBenchmark.class, options.size(), Map.of()));
    }

    @Override
    public List<Row> skipped(String why) {
        return Jmh.skipped(FIGURES, why);
    }
}

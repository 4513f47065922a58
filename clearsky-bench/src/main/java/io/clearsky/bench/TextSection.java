package io.clearsky.bench;

import io.clearsky.core.text.ScamTextBenchmark;
import io.clearsky.core.text.ScamTextClassifier;
import io.clearsky.core.text.ScamTextModelLoadBenchmark;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The scam-text classifier ({@link ScamTextBenchmark}): texts classified a second on one core, with the model's
 * probabilities alone beside it (the classification without the weighing of features), the model's first read in a
 * fresh JVM, and the size of the model that ships.
 */
final class TextSection implements Section {

    static final List<JmhFigure> FIGURES = List.of(JmhFigure.of(
            "classify: scam-text classification of SMS-length texts, one core",
            Target.atLeast(20_000),
            "classify",
            "probabilities only (no weighing)",
            "probabilities"));

    static final Figure LOAD =
            new Figure("shipped model read in a fresh JVM (single shot)", Unit.MILLISECONDS, Target.below(1_000));

    static final Figure SIZE = new Figure("shipped model size", Unit.BYTES, Target.below(50L << 20));

    @Override
    public String name() {
        return "text";
    }

    @Override
    public List<Row> measure(TableOptions options, Consumer<String> note) throws Exception {
        Size size = options.size();
        List<Row> rows = new ArrayList<>(Jmh.rows(
                FIGURES,
                Jmh.run(
                        ScamTextBenchmark.class,
                        "",
                        new Jmh.Settings(
                                size.warmupIterations(),
                                size.warmupSeconds(),
                                size.iterations(),
                                size.iterationSeconds(),
                                Size.JMH_JVM_ARGS),
                        Map.of())));
        Map<String, Jmh.Score> load = Jmh.run(
                ScamTextModelLoadBenchmark.class, "", new Jmh.Settings(0, 1, 1, 1, Size.JMH_JVM_ARGS), Map.of());
        Jmh.Score first = load.get("readShippedModel");
        rows.add(
                first == null
                        ? LOAD.skipped("JMH gave no score (see its output above)")
                        : LOAD.measured(first.mean(), List.of()));
        rows.add(SIZE.measured(shippedModelBytes(), List.of()));
        note.accept(String.format(
                java.util.Locale.ROOT,
                "text: SMS texts of %.0f characters on average",
                ScamTextBenchmark.meanLength()));
        return rows;
    }

    private static long shippedModelBytes() throws IOException {
        try (InputStream in = ScamTextClassifier.class.getResourceAsStream(ScamTextClassifier.SHIPPED_MODEL)) {
            if (in == null) {
                throw new IOException("the shipped model is not on the class path");
            }
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    @Override
    public List<Row> skipped(String why) {
        List<Row> rows = new ArrayList<>(Jmh.skipped(FIGURES, why));
        rows.add(LOAD.skipped(why));
        rows.add(SIZE.skipped(why));
        return rows;
    }
}

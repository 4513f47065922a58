package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.linkage.LinkageBenchmark;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JmhTests {

    @Test
    void labelIsTheMethodAndEveryParameterButTheSize() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("slowPathPercent", "5");
        params.put("phoneNumbers", "10000000");

        assertThat(Jmh.label("io.clearsky.core.identifier.PhoneNumberCheckBenchmark.parseToKeyAndLookup", params))
                .isEqualTo("parseToKeyAndLookup slowPathPercent=5");
        assertThat(Jmh.label("io.clearsky.core.index.IndicatorIndexBenchmark.lookupAll", Map.of("phoneNumbers", "1")))
                .isEqualTo("lookupAll");
    }

    @Test
    void includesTheClassesMethodsOrOneOfThem() {
        String all = Jmh.include(LinkageBenchmark.class, "");
        String rebuild = Jmh.include(LinkageBenchmark.class, "rebuild");

        assertThat(selects(all, "io.clearsky.core.linkage.LinkageBenchmark.jgrapht"))
                .isTrue();
        assertThat(selects(all, "io.clearsky.core.linkage.LinkageAddBenchmark.addReport"))
                .isFalse();
        assertThat(selects(rebuild, "io.clearsky.core.linkage.LinkageBenchmark.rebuild"))
                .isTrue();
        assertThat(selects(rebuild, "io.clearsky.core.linkage.LinkageBenchmark.jgrapht"))
                .isFalse();
    }

    private static boolean selects(String include, String benchmark) {
        // JMH selects a benchmark when the regular expression is found in its name
        return Pattern.compile(include).matcher(benchmark).find();
    }

    @Test
    void settingsOfASizeAreTheIndexBenchmarksOnes() {
        Jmh.Settings quick = Jmh.Settings.of(Size.QUICK);

        assertThat(quick.iterations()).isEqualTo(Size.QUICK.iterations());
        assertThat(quick.jvmArgs()).isEqualTo(Size.JMH_JVM_ARGS);
    }

    @Test
    void parametersAreInNameOrder() {
        assertThat(Jmh.label("a.B.c", Map.of("z", "1", "a", "2"))).isEqualTo("c a=2 z=1");
    }

    @Test
    void scoresBecomeRowsWithTheirPeerFromTheSameRun() {
        Map<String, Jmh.Score> scores = Map.of(
                "lookupAll", new Jmh.Score(19_680_000, 5_460_000),
                "lookup", new Jmh.Score(8_790_000, 1_610_000),
                "lookupBatch", new Jmh.Score(9_970_000, 2_850_000),
                "fastutilLookup", new Jmh.Score(9_930_000, 500_000),
                "fastutilLookupBatch", new Jmh.Score(10_370_000, 400_000));

        List<Row> rows = Jmh.rows(LookupSection.FIGURES, scores);

        assertThat(rows)
                .extracting(row -> row.figure().name())
                .containsExactly(
                        "lookupAll: getPhones, 1,000 keys in groups of 32",
                        "lookup: one getPhone",
                        "lookupBatch: 1,000 getPhone calls in a loop");
        assertThat(rows)
                .extracting(Row::measuredText)
                .containsExactly("19.68 ± 5.46 M/s", "8.79 ± 1.61 M/s", "9.97 ± 2.85 M/s");
        assertThat(rows).extracting(Row::ratiosText).containsExactly("1.90×", "0.89×", "0.96×");
        assertThat(rows)
                .extracting(row -> row.verdict(Size.FULL))
                .containsExactly(Verdict.MISSED, Verdict.MISSED, Verdict.NO_TARGET);
    }

    @Test
    void normaliseRowsTakeTheScoresOfTheirSlowPathShare() {
        Map<String, Jmh.Score> scores = Map.of(
                "parseToKeyAndLookup slowPathPercent=0", new Jmh.Score(4_130_000, 240_000),
                "libphonenumberAndFastutil slowPathPercent=0", new Jmh.Score(155_000, 3_000),
                "parseToKeyAndLookup slowPathPercent=5", new Jmh.Score(2_860_000, 170_000),
                "libphonenumberAndFastutil slowPathPercent=5", new Jmh.Score(167_000, 3_000));

        List<Row> rows = Jmh.rows(NormaliseSection.FIGURES, scores);

        assertThat(rows).extracting(Row::ratiosText).containsExactly("26.65×", "17.13×");
        assertThat(rows).extracting(row -> row.verdict(Size.FULL)).containsOnly(Verdict.MET);
    }

    @Test
    void aBenchmarkWithoutAScoreIsSkippedAndAPeerWithoutOneLeftOut() {
        Map<String, Jmh.Score> scores = Map.of("lookupAll", new Jmh.Score(19_680_000, Double.NaN));

        List<Row> rows = Jmh.rows(LookupSection.FIGURES, scores);

        assertThat(rows.get(0).measuredText()).isEqualTo("19.68 M/s");
        assertThat(rows.get(0).peersText()).isEqualTo("—");
        assertThat(rows.get(1).measuredText())
                .isEqualTo("skipped: JMH gave no score for lookup (see its output above)");
    }
}

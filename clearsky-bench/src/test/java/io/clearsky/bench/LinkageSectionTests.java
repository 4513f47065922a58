package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.core.linkage.PostgresLinkage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkageSectionTests {

    private static final LinkageSection.Plan FULL = LinkageSection.Plan.of(Size.FULL);
    private static final LinkageSection.Plan QUICK = LinkageSection.Plan.of(Size.QUICK);

    @Test
    void atFullSizeTheFiguresAreThoseOfTheTargetsAndTheDocumentedPeers() {
        assertThat(FULL.figures())
                .extracting(Figure::name)
                .containsExactly(
                        "linkage rebuild, 10,000,000 reports / 40,000,000 links, one thread",
                        "linkage rebuild beside JGraphT, 1,000,000 reports / 4,000,000 links",
                        "linkage rebuild beside PostgreSQL, 20,000 reports / 80,000 links",
                        "linkage add one report to 10,000,000, latency p99");
        assertThat(FULL.rebuild().jvmArgs()).containsExactly("-Xms6g", "-Xmx6g");
    }

    @Test
    void quickSizeLinksSmallerNumbers() {
        assertThat(QUICK.rebuildReports()).isEqualTo(1_000_000);
        assertThat(QUICK.jgraphtReports()).isEqualTo(100_000);
        assertThat(QUICK.postgresReports()).isEqualTo(5_000);
        assertThat(new LinkageSection().skipped(Size.QUICK, "boom"))
                .extracting(row -> row.figure().name())
                .first()
                .isEqualTo("linkage rebuild, 1,000,000 reports / 4,000,000 links, one thread");
    }

    @Test
    void theRebuildsSingleShotsAreWrittenInSeconds() {
        Map<String, Jmh.Score> scores =
                Map.of("rebuild reports=10000000", new Jmh.Score(3_434.0, 2_370.0, Double.NaN, "ms/op"));

        Row row = LinkageSection.rebuildRow(FULL, scores);

        assertThat(row.measuredText()).isEqualTo("3.43 ± 2.37 s");
        assertThat(row.targetText()).isEqualTo("< 10 s");
        assertThat(row.verdict(Size.FULL)).isEqualTo(Verdict.MET);
    }

    @Test
    void jgraphtIsComparedAtItsOwnSize() {
        Map<String, Jmh.Score> scores = Map.of(
                "rebuild reports=1000000", new Jmh.Score(155.0, 12.0, Double.NaN, "ms/op"),
                "jgrapht reports=1000000", new Jmh.Score(27_000.0, 900.0, Double.NaN, "ms/op"));

        Row row = LinkageSection.jgraphtRow(FULL, scores);

        assertThat(row.measuredText()).isEqualTo("155.00 ± 12.00 ms");
        assertThat(row.peersText()).isEqualTo("JGraphT ConnectivityInspector: 27000.00 ms");
        assertThat(row.ratiosText()).isEqualTo("1/174×");
        assertThat(row.verdict(Size.FULL)).isEqualTo(Verdict.NO_TARGET);
    }

    @Test
    void theAddOneRowIsTheNinetyNinthPercentileInMicroseconds() {
        List<String> notes = new ArrayList<>();
        Map<String, Jmh.Score> scores =
                Map.of("addReport reports=10000000", new Jmh.Score(15_900.0, 3_000.0, 1_000.0, "ns/op"));

        Row row = LinkageSection.addRow(FULL, scores, notes::add);

        assertThat(row.measuredText()).isEqualTo("1.00 µs");
        assertThat(row.targetText()).isEqualTo("< 20 µs");
        assertThat(row.verdict(Size.FULL)).isEqualTo(Verdict.MET);
        assertThat(notes).singleElement().asString().contains("mean 15.90 µs, p99 1.00 µs");
    }

    @Test
    void aBenchmarkWithoutAScoreGivesASkippedRow() {
        assertThat(LinkageSection.rebuildRow(FULL, Map.of()).measuredText()).startsWith("skipped: JMH gave no score");
        assertThat(LinkageSection.addRow(
                                FULL,
                                Map.of("addReport reports=10000000", new Jmh.Score(1, 0, Double.NaN, "ns/op")),
                                note -> {})
                        .measuredText())
                .startsWith("skipped: JMH gave no samples");
    }

    @Test
    void postgresIsComparedWhenBothLinkagesAgree() {
        PostgresLinkage.Result agree =
                new PostgresLinkage.Result(20_000, 80_000, 242, 242, 2.29, 49_158, "15.20 (Debian 15.20-0+deb12u1)");
        PostgresLinkage.Result disagree = new PostgresLinkage.Result(20_000, 80_000, 242, 240, 2.29, 49_158, "15.20");

        Row row = LinkageSection.postgresRow(FULL, agree);

        assertThat(row.peersText()).isEqualTo("PostgreSQL 15.20 recursive CTE: 49158.00 ms");
        assertThat(row.ratiosText()).isEqualTo("1/21,466×");
        assertThat(LinkageSection.postgresRow(FULL, disagree).measuredText())
                .isEqualTo("skipped: the linkages disagree: 242 clusters, PostgreSQL 240");
    }

    @Test
    void jmhTimeUnitsBecomeSeconds() {
        assertThat(LinkageSection.secondsPer("ms/op")).isEqualTo(1e-3);
        assertThat(LinkageSection.secondsPer("ns/op")).isEqualTo(1e-9);
        assertThatThrownBy(() -> LinkageSection.secondsPer("ops/s")).hasMessageContaining("ops/s");
    }
}

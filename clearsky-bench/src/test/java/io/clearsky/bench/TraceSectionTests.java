package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceSectionTests {

    private static final TraceSection.Plan FULL = TraceSection.Plan.of(Size.FULL);
    private static final TraceSection.Plan QUICK = TraceSection.Plan.of(Size.QUICK);

    @Test
    void atFullSizeTheTraceRunsOnTenMillionTransfersWithASixGigabyteHeap() {
        assertThat(FULL.figures())
                .extracting(Figure::name)
                .containsExactly(
                        "3-hop fund trace beside Neo4j and PostgreSQL, 10,000,000 transfers at rest, latency p50",
                        "3-hop fund trace beside Neo4j and PostgreSQL, 10,000,000 transfers at rest, latency p99");
        assertThat(FULL.settings().jvmArgs()).containsExactly("-Xms6g", "-Xmx6g");
        assertThat(QUICK.transfers()).isEqualTo(1_000_000);
    }

    @Test
    void theMedianAndTheNinetyNinthPercentileAreComparedWithBothPeers() {
        Map<String, Jmh.Score> scores = Map.of(
                "clearSky transfers=10000000", new Jmh.Score(1.0, 0.1, 8.0, "ms/op", 0.5),
                "neo4jCypher transfers=10000000", new Jmh.Score(30.0, 2.0, 400.0, "ms/op", 10.0),
                "postgresRecursive transfers=10000000", new Jmh.Score(9_000.0, 900.0, 80_000.0, "us/op", 2_000.0));

        List<Row> rows = TraceSection.rows(FULL, scores);

        assertThat(rows.get(0).measuredText()).isEqualTo("0.50 ms");
        assertThat(rows.get(0).ratiosText())
                .isEqualTo("1/20× Neo4j variable-length Cypher, 0.25× PostgreSQL recursive CTE");
        assertThat(rows.get(1).peersText())
                .isEqualTo("Neo4j variable-length Cypher: 400.00 ms; PostgreSQL recursive CTE: 80.00 ms");
        assertThat(rows.get(1).verdict(Size.FULL)).isEqualTo(Verdict.NO_TARGET);
    }

    @Test
    void withoutOurSamplesTheRowsAreSkippedAndAMissingPeerIsLeftOut() {
        Map<String, Jmh.Score> peerOnly =
                Map.of("neo4jCypher transfers=1000000", new Jmh.Score(30.0, 2.0, 400.0, "ms/op", 10.0));
        Map<String, Jmh.Score> oursOnly =
                Map.of("clearSky transfers=1000000", new Jmh.Score(1.0, 0.1, 8.0, "ms/op", 0.5));

        assertThat(TraceSection.rows(QUICK, peerOnly).get(0).measuredText()).startsWith("skipped: JMH gave no samples");
        assertThat(TraceSection.rows(QUICK, oursOnly).get(1).peersText()).isEqualTo("—");
        assertThat(new TraceSection().skipped(Size.QUICK, "boom")).hasSize(2);
    }
}

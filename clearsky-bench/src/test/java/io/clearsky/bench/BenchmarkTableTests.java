package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkTableTests {

    @Test
    void sectionsRunInTheDocumentedOrderUnderDistinctNames() {
        assertThat(BenchmarkTable.SECTIONS)
                .extracting(Section::name)
                .containsExactly(
                        "lookup",
                        "normalise",
                        "footprint",
                        "http",
                        "intake",
                        "transfers",
                        "transfercheck",
                        "linkage",
                        "trace",
                        "livegraph",
                        "warning",
                        "stream",
                        "text");
    }

    @Test
    void everySectionHasRowsToShowWhenItFails() {
        for (Section section : BenchmarkTable.SECTIONS) {
            List<Row> rows = section.skipped("the section failed: boom");

            assertThat(rows).as(section.name()).isNotEmpty();
            assertThat(rows).extracting(Row::measuredText).containsOnly("skipped: the section failed: boom");
        }
    }

    @Test
    void runningNoSectionStillGivesTheMachineAndCommand() {
        TableOptions none = new TableOptions(
                Size.QUICK,
                java.util.Set.of(),
                null,
                TableOptions.DEFAULT_SERVER_JAR,
                TableOptions.DEFAULT_STREAM_TARGET);

        Table table = BenchmarkTable.measure(none, "java -cp x.jar io.clearsky.bench.BenchmarkTable --size quick");

        assertThat(table.rows()).isEmpty();
        assertThat(table.provenance().machine()).contains("cores");
        assertThat(table.provenance().command()).endsWith("--size quick");
    }

    @Test
    void theCommandLineQuotesWhatTheShellWouldSplit() {
        assertThat(BenchmarkTable.commandLine(new String[] {"--size", "quick", "--out", "my table.md"}))
                .startsWith("java -cp ")
                .endsWith("io.clearsky.bench.BenchmarkTable --size quick --out 'my table.md'");
    }
}

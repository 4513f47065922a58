package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTests {

    private static final Table.Provenance PROVENANCE =
            new Table.Provenance("2 cores (AMD EPYC)", "2026-11-24 06:43 UTC", "54d7d36", "java -cp x.jar Table");

    private static Table table(Size size, List<String> notes) {
        return new Table(
                size,
                List.of(
                        new Figure("lookupAll", Unit.PER_SECOND, Target.atLeast(20_000_000))
                                .measured(21_000_000, Double.NaN, List.of(new Row.Peer("fastutil", 10_500_000))),
                        new Figure("single check | p99", Unit.MILLISECONDS, Target.below(5)).skipped("no wrk")),
                notes,
                PROVENANCE);
    }

    @Test
    void rendersOneLinePerRowWithEveryColumn() {
        String markdown = table(Size.FULL, List.of()).toMarkdown();

        assertThat(markdown)
                .startsWith("# ClearSky benchmarks, full size\n\n")
                .contains("| figure ")
                .containsPattern(
                        "\\| lookupAll +\\| ≥ 20 M/s +\\| 21.00 M/s +\\| fastutil: 10.50 M/s +\\| 2.00× +\\| met +\\|")
                .containsPattern("\\| skipped: no wrk +\\| — +\\| — +\\| not measured +\\|");
    }

    @Test
    void padsColumnsSoEveryLineHasTheSameLength() {
        List<String> lines = table(Size.FULL, List.of())
                .toMarkdown()
                .lines()
                .filter(line -> line.startsWith("|"))
                .toList();

        assertThat(lines).hasSize(4);
        assertThat(lines).allSatisfy(line -> assertThat(line).hasSameSizeAs(lines.get(0)));
        assertThat(lines.get(1)).matches("\\|(-+\\|){6}");
    }

    @Test
    void escapesPipesInCells() {
        assertThat(table(Size.FULL, List.of()).toMarkdown()).contains("| single check \\| p99 ");
    }

    @Test
    void atQuickSizeTheVerdictDefersToFullSize() {
        assertThat(table(Size.QUICK, List.of()).toMarkdown())
                .startsWith("# ClearSky benchmarks, quick size")
                .contains("| target is for full size |")
                .doesNotContain("| met ");
    }

    @Test
    void endsWithSizeMachineDateCommitCommandAndNotes() {
        String markdown =
                table(Size.QUICK, List.of("Redis skipped: not reachable")).toMarkdown();

        assertThat(markdown)
                .contains("- size: quick: indexes of 1,000,000 numbers")
                .contains("- machine: 2 cores (AMD EPYC)\n")
                .contains("- date: 2026-11-24 06:43 UTC\n")
                .contains("- commit: 54d7d36\n")
                .contains("- command: `java -cp x.jar Table`\n")
                .endsWith("Notes:\n\n- Redis skipped: not reachable\n");
    }

    @Test
    void leavesOutNotesWhenThereAreNone() {
        assertThat(table(Size.FULL, List.of()).toMarkdown()).doesNotContain("Notes");
    }
}

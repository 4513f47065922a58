package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.bench.load.IntakeResults;
import io.clearsky.bench.load.IntakeResults.Durability;
import io.clearsky.bench.load.IntakeResults.Phase;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntakeSectionTests {

    private static final Phase BATCHES = new Phase(900, 90_000, 90_000, 0, 0, 0, 30.2, 310.5, 720.25, 801);
    private static final Phase SINGLES = new Phase(6_000, 6_000, 6_000, 0, 0, 0, 15.0, 9.5, 48.0, 130);
    private static final Durability DURABLE = new Durability(130_000, 130_000, 0);

    @Test
    void rowsGiveTheRatesAndThePercentilesAgainstTheirTargets() {
        IntakeResults results =
                new IntakeResults(Optional.of(BATCHES), Optional.of(SINGLES), 100, 8, DURABLE, List.of());

        List<Row> rows = IntakeSection.rows(results);

        assertThat(rows)
                .extracting(row -> row.figure().name())
                .containsExactly(
                        "report intake, batched (PostgreSQL), reports/s",
                        "batch acknowledgement p99",
                        "single report acknowledgement p99",
                        "single report intake (PostgreSQL), reports/s");
        assertThat(rows).extracting(Row::targetText).containsExactly("≥ 5,000/s", "< 50 ms", "< 50 ms", "—");
        assertThat(rows).extracting(Row::measuredText).containsExactly("2,980/s", "720.25 ms", "48.00 ms", "400/s");
        assertThat(rows)
                .extracting(row -> row.verdict(Size.FULL))
                .containsExactly(Verdict.MISSED, Verdict.MISSED, Verdict.MET, Verdict.NO_TARGET);
    }

    @Test
    void aFailedDurabilityCheckLeavesNoDurableRate() {
        IntakeResults results = new IntakeResults(
                Optional.of(BATCHES), Optional.empty(), 100, 8, new Durability(89_000, 90_000, 0), List.of());

        List<Row> rows = IntakeSection.rows(results);

        assertThat(rows.get(0).measuredText())
                .startsWith("skipped: the durability check failed: 89,000 rows")
                .endsWith("REPORTS LOST");
        assertThat(rows.get(1).measuredText()).isEqualTo("720.25 ms");
        assertThat(rows.get(2).measuredText()).isEqualTo("skipped: the phase did not run");
    }

    @Test
    void notesDescribeTheLoadAndTheDurabilityCheck() {
        IntakeResults results = new IntakeResults(
                Optional.of(BATCHES), Optional.of(SINGLES), 100, 8, DURABLE, List.of("something happened"));

        assertThat(IntakeSection.notes(results))
                .hasSize(4)
                .anySatisfy(note -> assertThat(note).contains("batches of 100 reports (800 reports in flight)"))
                .anySatisfy(note -> assertThat(note).startsWith("intake durability: 130,000 rows"))
                .contains("intake driver: something happened");
    }

    @Test
    void theDriverRunsTheTablesServerJarForTheSizesPeriods() {
        TableOptions quick = new TableOptions(
                Size.QUICK, Set.of("intake"), null, Path.of("server.jar"), TableOptions.DEFAULT_STREAM_TARGET);
        TableOptions full = new TableOptions(
                Size.FULL, Set.of("intake"), null, Path.of("server.jar"), TableOptions.DEFAULT_STREAM_TARGET);

        assertThat(IntakeSection.driverArgs(quick))
                .containsExactly(
                        "--server-jar",
                        "server.jar",
                        "--warmup",
                        "5s",
                        "--duration",
                        "10s",
                        "--single-warmup",
                        "3s",
                        "--single-duration",
                        "5s");
        assertThat(IntakeSection.driverArgs(full)).containsExactly("--server-jar", "server.jar");
    }

    @Test
    void skippedRowsKeepTheirTargetsAndSayWhy() {
        List<Row> rows = new IntakeSection().skipped("no server jar");

        assertThat(rows).extracting(Row::targetText).containsExactly("≥ 5,000/s", "< 50 ms", "< 50 ms", "—");
        assertThat(rows).extracting(Row::measuredText).containsOnly("skipped: no server jar");
    }
}

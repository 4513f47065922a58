package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.bench.load.LoadResults;
import io.clearsky.bench.load.LoadResults.Rate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpSectionTests {

    private static final Rate SINGLE = new Rate(29_466, 1.72, 17.93);
    private static final Rate BATCH = new Rate(688.34, 10.1, 59.1);
    private static final Rate REDIS = new Rate(42_765, 0.5, 1.36);
    private static final Rate POSTGRES = new Rate(41_767, 0.1, 0.37);

    @Test
    void everyFigureIsComparedWithBothPeers() {
        LoadResults results = new LoadResults(
                Optional.of(SINGLE), Optional.of(BATCH), 1000, Optional.of(REDIS), Optional.of(POSTGRES), List.of());

        List<Row> rows = HttpSection.rows(results);

        assertThat(rows)
                .extracting(row -> row.figure().name())
                .containsExactly(
                        "single check GET /api/v1/check, requests/s",
                        "single check latency p99",
                        "batch check POST /api/v1/check, identifiers/s",
                        "batch request latency p99");
        assertThat(rows).extracting(Row::measuredText).containsExactly("29,466/s", "17.93 ms", "688,340/s", "59.10 ms");
        assertThat(rows)
                .extracting(Row::ratiosText)
                .containsExactly(
                        "0.69× Redis GET, 0.71× PostgreSQL PK lookup",
                        "13.18× Redis GET, 48.46× PostgreSQL PK lookup",
                        "16.10× Redis GET, 16.48× PostgreSQL PK lookup",
                        "—");
        assertThat(rows)
                .extracting(row -> row.verdict(Size.FULL))
                .containsExactly(Verdict.MISSED, Verdict.MISSED, Verdict.MISSED, Verdict.NO_TARGET);
    }

    @Test
    void aPeerThatDidNotRunIsLeftOut() {
        LoadResults results = new LoadResults(
                Optional.of(SINGLE), Optional.of(BATCH), 1000, Optional.empty(), Optional.of(POSTGRES), List.of());

        Row single = HttpSection.rows(results).get(0);

        assertThat(single.peersText()).isEqualTo("PostgreSQL PK lookup: 41,767/s");
        assertThat(single.ratiosText()).isEqualTo("0.71×");
    }

    @Test
    void aPhaseThatDidNotRunGivesSkippedRows() {
        LoadResults results = new LoadResults(
                Optional.empty(), Optional.of(BATCH), 1000, Optional.empty(), Optional.empty(), List.of());

        List<Row> rows = HttpSection.rows(results);

        assertThat(rows.get(0).measuredText()).isEqualTo("skipped: the phase did not run");
        assertThat(rows.get(1).verdict(Size.FULL)).isEqualTo(Verdict.NOT_MEASURED);
        assertThat(rows.get(2).measuredText()).isEqualTo("688,340/s");
    }

    @Test
    void skippedRowsKeepTheirTargetsAndSayWhy() {
        List<Row> rows = new HttpSection().skipped("wrk is not installed (apt-get install -y wrk)");

        assertThat(rows).extracting(Row::targetText).containsExactly("≥ 30,000/s", "< 5 ms", "≥ 1 M/s", "—");
        assertThat(rows)
                .extracting(Row::measuredText)
                .containsOnly("skipped: wrk is not installed (apt-get install -y wrk)");
    }
}

package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowTests {

    private static final Figure LOOKUPS = new Figure("lookupAll", Unit.PER_SECOND, Target.atLeast(20_000_000));

    @Test
    void ratioToOnePeerIsOursOverTheirs() {
        Row row = LOOKUPS.measured(19_680_000, 5_460_000, List.of(new Row.Peer("fastutil", 10_370_000)));

        assertThat(row.measuredText()).isEqualTo("19.68 ± 5.46 M/s");
        assertThat(row.peersText()).isEqualTo("fastutil: 10.37 M/s");
        assertThat(row.ratiosText()).isEqualTo("1.90×");
        assertThat(row.targetText()).isEqualTo("≥ 20 M/s");
        assertThat(row.verdict(Size.FULL)).isEqualTo(Verdict.MISSED);
    }

    @Test
    void ratiosToSeveralPeersNameThem() {
        Figure single = new Figure("single", Unit.PER_SECOND, Target.atLeast(30_000));
        Row row = single.measured(
                29_466, List.of(new Row.Peer("Redis GET", 42_765), new Row.Peer("PostgreSQL PK lookup", 41_767)));

        assertThat(row.peersText()).isEqualTo("Redis GET: 42,765/s; PostgreSQL PK lookup: 41,767/s");
        assertThat(row.ratiosText()).isEqualTo("0.69× Redis GET, 0.71× PostgreSQL PK lookup");
    }

    @Test
    void withoutPeersThereIsNoRatio() {
        Row row = new Figure("batch p99", Unit.MILLISECONDS, Target.NONE).measured(59.1, List.of());

        assertThat(row.peersText()).isEqualTo("—");
        assertThat(row.ratiosText()).isEqualTo("—");
        assertThat(row.verdict(Size.FULL)).isEqualTo(Verdict.NO_TARGET);
    }

    @Test
    void aRatioToNothingIsNotApplicable() {
        assertThat(Row.ratio(1, 0)).isEqualTo("n/a");
        assertThat(Row.ratio(Double.NaN, 1)).isEqualTo("n/a");
        assertThat(Row.ratio(257, 258)).isEqualTo("1.00×");
    }

    @Test
    void aRatioBelowATenthIsOneOverThePeersMultiple() {
        assertThat(Row.ratio(155, 27_000)).isEqualTo("1/174×");
        assertThat(Row.ratio(2.29, 49_158)).isEqualTo("1/21,466×");
        assertThat(Row.ratio(0.1, 1)).isEqualTo("0.10×");
        assertThat(Row.ratio(0, 1)).isEqualTo("0.00×");
    }

    @Test
    void aSkippedRowSaysWhyAndIsNotMeasured() {
        Row row = LOOKUPS.skipped("wrk is not installed");

        assertThat(row.measuredText()).isEqualTo("skipped: wrk is not installed");
        assertThat(row.targetText()).isEqualTo("≥ 20 M/s");
        assertThat(row.peersText()).isEqualTo("—");
        assertThat(row.ratiosText()).isEqualTo("—");
        assertThat(row.verdict(Size.FULL)).isEqualTo(Verdict.NOT_MEASURED);
    }
}

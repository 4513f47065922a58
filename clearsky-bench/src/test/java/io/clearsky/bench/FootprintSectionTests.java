package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.core.index.IndexFootprint.Footprint;
import java.util.List;
import org.junit.jupiter.api.Test;

class FootprintSectionTests {

    @Test
    void theChildsLineReadsBackAsTheSameFigures() {
        Footprint footprint = new Footprint(10_000_000, 269_484_032L, 270_532_608L);
        String output = "some JVM warning\n" + FootprintSection.line(footprint) + "\n";

        assertThat(FootprintSection.parse(output)).isEqualTo(footprint);
    }

    @Test
    void outputWithoutTheLineFails() {
        assertThatThrownBy(() -> FootprintSection.parse("Exception in thread main: OutOfMemoryError"))
                .hasMessageContaining("no 'footprint' line")
                .hasMessageContaining("OutOfMemoryError");
    }

    @Test
    void theRowComparesOurIndexWithFastutilAgainstOneGibibyte() {
        List<Row> rows = FootprintSection.rows(new Footprint(10_000_000, 269_484_032L, 270_532_608L));

        assertThat(rows).hasSize(1);
        Row row = rows.get(0);
        assertThat(row.targetText()).isEqualTo("≤ 1 GiB");
        assertThat(row.measuredText()).isEqualTo("257.0 MiB");
        assertThat(row.peersText()).isEqualTo("fastutil Long2LongOpenHashMap: 258.0 MiB");
        assertThat(row.ratiosText()).isEqualTo("1.00×");
        assertThat(row.verdict(Size.FULL)).isEqualTo(Verdict.MET);
        assertThat(row.verdict(Size.QUICK)).isEqualTo(Verdict.TARGET_AT_FULL_SIZE);
    }

    @Test
    void moreThanOneGibibyteMissesTheTarget() {
        Row row = FootprintSection.rows(new Footprint(10_000_000, (1L << 30) + 1, 1L << 30))
                .get(0);

        assertThat(row.verdict(Size.FULL)).isEqualTo(Verdict.MISSED);
    }
}

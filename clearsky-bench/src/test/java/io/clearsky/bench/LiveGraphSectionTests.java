package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveGraphSectionTests {

    private static final String FOOTPRINT =
            "LiveTransferGraph: 100,000,000 transfers …\n" + "footprint-line 100000000 10000440 4509715456\n";
    private static final String TRACE = "loaded …\ntrace-line 81000 3437709 23318 20116\n";

    @Test
    void theChildrensLinesBecomeTheThreeRowsAgainstTheirTargets() {
        List<String> notes = new ArrayList<>();
        List<Row> rows = LiveGraphSection.rows(LiveGraphSection.Plan.of(Size.FULL), FOOTPRINT, TRACE, notes::add);

        assertThat(rows).extracting(Row::targetText).containsExactly("≤ 6 GiB", "< 5 ms", "< 50 ms");
        assertThat(rows).extracting(Row::measuredText).containsExactly("4.20 GiB", "0.08 ms", "3.44 ms");
        assertThat(rows).allSatisfy(row -> assertThat(row.verdict(Size.FULL)).isEqualTo(Verdict.MET));
        assertThat(notes).singleElement().asString().contains("45.1 bytes a transfer", "20,116 transfers/s");
    }

    @Test
    void aTraceOverTheTargetMissesIt() {
        String slow = "trace-line 6000000 51000000 100 20000\n";
        List<Row> rows = LiveGraphSection.rows(LiveGraphSection.Plan.of(Size.FULL), FOOTPRINT, slow, note -> {});

        assertThat(rows.get(1).verdict(Size.FULL)).isEqualTo(Verdict.MISSED);
        assertThat(rows.get(2).verdict(Size.FULL)).isEqualTo(Verdict.MISSED);
    }

    @Test
    void aChildThatRanOutOfHeapSaysSo() {
        assertThatThrownBy(() -> LiveGraphSection.rows(
                        LiveGraphSection.Plan.of(Size.FULL),
                        "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
                        TRACE,
                        note -> {}))
                .hasMessageContaining("no 'footprint-line' line")
                .hasMessageContaining("OutOfMemoryError");
    }
}

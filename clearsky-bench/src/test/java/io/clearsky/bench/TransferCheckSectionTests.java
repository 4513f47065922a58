package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransferCheckSectionTests {

    @Test
    void theChecksRateAndP99AreJudgedAgainstTheTargetsBesideTheNumberCheck() {
        List<Row> kept = TransferCheckSection.rows(5_000, 12.5, 5_000, 1.5);
        List<Row> queued = TransferCheckSection.rows(4_980, 9_656, 5_000, 2.25);

        assertThat(kept).extracting(Row::targetText).containsExactly("≥ 5,000/s", "< 20 ms");
        assertThat(kept).extracting(Row::measuredText).containsExactly("5,000/s", "12.50 ms");
        assertThat(kept.get(1).ratiosText()).isEqualTo("8.33×");
        assertThat(kept).extracting(row -> row.verdict(Size.FULL)).containsOnly(Verdict.MET);
        assertThat(queued).extracting(row -> row.verdict(Size.FULL)).containsOnly(Verdict.MISSED);
    }
}

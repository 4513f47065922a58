package io.clearsky.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.bench.load.IntakeLoadDriver.Answer;
import io.clearsky.bench.load.IntakeResults.Durability;
import io.clearsky.bench.load.IntakeResults.Phase;
import org.junit.jupiter.api.Test;

class IntakeLoadDriverTests {

    private static final String FILED_ITEM =
            "{\"index\":%d,\"outcome\":\"FILED\",\"receipt\":{\"reportId\":%d,\"receiptNo\":\"BA20261124ABCDEFGH\"}}";

    @Test
    void aBatchAnswerCountsItsFiledReports() {
        String body = "{\"filed\":2,\"repeated\":0,\"rejected\":0,\"items\":[" + FILED_ITEM.formatted(0, 11) + ","
                + FILED_ITEM.formatted(1, 12) + "]}";

        Answer answer = IntakeLoadDriver.readBatchAnswer(ClearSkyClient.JSON.readTree(body), 2);

        assertThat(answer).isEqualTo(new Answer(true, true, 2, 0, 0, null));
    }

    @Test
    void aRejectedReportIsCountedAndItsErrorsKept() {
        String body = "{\"filed\":1,\"repeated\":0,\"rejected\":1,\"items\":[" + FILED_ITEM.formatted(0, 11) + ","
                + "{\"index\":1,\"outcome\":\"REJECTED\",\"type\":\"invalid-input\",\"errors\":[{\"field\":"
                + "\"reports[1].region\",\"message\":\"the victim's GB/T 2260 region code\"}]}]}";

        Answer answer = IntakeLoadDriver.readBatchAnswer(ClearSkyClient.JSON.readTree(body), 2);

        assertThat(answer.ok()).isTrue();
        assertThat(answer.filed()).isEqualTo(1);
        assertThat(answer.rejected()).isEqualTo(1);
        assertThat(answer.problem())
                .startsWith("report 1 rejected (invalid-input): ")
                .contains("reports[1].region");
    }

    @Test
    void anAnswerWhoseCountsDoNotAddUpCountsOnlyTheReceipts() {
        String body = "{\"filed\":2,\"repeated\":0,\"rejected\":0,\"items\":[" + FILED_ITEM.formatted(0, 11) + ","
                + "{\"index\":1,\"outcome\":\"FILED\"}]}";

        Answer answer = IntakeLoadDriver.readBatchAnswer(ClearSkyClient.JSON.readTree(body), 2);

        assertThat(answer.ok()).isFalse();
        assertThat(answer.answered()).isTrue();
        assertThat(answer.filed()).isEqualTo(1);
        assertThat(answer.problem()).contains("does not add up");
    }

    @Test
    void anAnswerForFewerReportsThanSentDoesNotAddUp() {
        String body = "{\"filed\":1,\"repeated\":0,\"rejected\":0,\"items\":[" + FILED_ITEM.formatted(0, 11) + "]}";

        assertThat(IntakeLoadDriver.readBatchAnswer(ClearSkyClient.JSON.readTree(body), 2)
                        .ok())
                .isFalse();
    }

    @Test
    void manyReportsInFlightGetANoteOnLittlesLaw() {
        assertThat(IntakeLoadDriver.inFlightNote(8, 100))
                .hasValueSatisfying(note -> assertThat(note)
                        .startsWith("8 threads × 100 reports keep 800 reports in flight")
                        .contains("16,000 reports/s", "about 160 ms", "at most 250 reports in flight"));
        assertThat(IntakeLoadDriver.inFlightNote(2, 100)).isEmpty();
    }

    @Test
    void aPhaseRateIsFiledReportsOverItsSeconds() {
        Phase phase = new Phase(100, 10_000, 9_990, 0, 10, 0, 2.0, 150, 400, 450);

        assertThat(phase.filedPerSecond()).isEqualTo(4_995.0);
        assertThat(new Phase(0, 0, 0, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN).filedPerSecond())
                .isNaN();
    }

    @Test
    void durabilityHoldsWhenEveryAcknowledgedReportIsThereAndNothingUnexplained() {
        assertThat(new Durability(28_500, 28_500, 0).holds()).isTrue();
        assertThat(new Durability(28_500, 28_500, 0).describe())
                .isEqualTo("28,500 rows in table report after the server stopped, 28,500 reports acknowledged FILED:"
                        + " no acknowledged report lost");
        // a request without an answer may have been filed
        assertThat(new Durability(28_600, 28_500, 100).holds()).isTrue();
        assertThat(new Durability(28_499, 28_500, 100).describe()).endsWith("(+100 unanswered): REPORTS LOST");
        assertThat(new Durability(28_501, 28_500, 0).describe()).endsWith("UNEXPECTED ROWS");
    }
}

package io.clearsky.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorStatus;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndicatorsReportedTests {

    private static IndicatorChanged change(long id, String value) {
        return new IndicatorChanged(
                id, IndicatorKind.URL, value, null, IndicatorStatus.REPORTED, "REPORTED", "report:7K3M9Q2A");
    }

    @Test
    void changesWithinTheBudgetGoOutAsOneEvent() {
        List<IndicatorChanged> changes = IntStream.range(0, 1_000)
                .mapToObj(i -> change(i, "https://example.test/" + i))
                .toList();

        assertThat(IndicatorsReported.inParts(changes, 400_000))
                .singleElement()
                .satisfies(event -> assertThat(event.changes()).isEqualTo(changes));
    }

    @Test
    void changesBeyondTheBudgetAreSplitInOrderAndNoneIsLost() {
        List<IndicatorChanged> changes = IntStream.range(0, 100)
                .mapToObj(i -> change(i, "x".repeat(100 + i)))
                .toList();

        List<IndicatorsReported> parts = IndicatorsReported.inParts(changes, 2_000);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts.stream().flatMap(p -> p.changes().stream()).toList()).isEqualTo(changes);
        for (IndicatorsReported part : parts) {
            int estimate = part.changes().stream()
                    .mapToInt(c -> 200 + c.value().length() + c.actor().length())
                    .sum();
            assertThat(estimate).isLessThanOrEqualTo(2_000);
        }
    }

    @Test
    void aChangeLargerThanTheBudgetGoesAlone() {
        IndicatorChanged huge = change(1, "h".repeat(2_048));
        List<IndicatorsReported> parts =
                IndicatorsReported.inParts(List.of(change(0, "a"), huge, change(2, "b")), 1_000);

        assertThat(parts).extracting(p -> p.changes().size()).containsExactly(1, 1, 1);
        assertThat(parts.get(1).changes()).containsExactly(huge);
    }

    @Test
    void noChangesNoEvent() {
        assertThat(IndicatorsReported.inParts(List.of(), 1_000)).isEmpty();
    }
}

package io.clearsky.server.warning;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.Outcome;
import io.clearsky.core.warning.SubjectKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionViewTests {

    private static Decision decision(ScamType type) {
        return new Decision(
                "e-1",
                Instant.parse("2026-11-30T00:00:00Z"),
                "R1",
                1,
                SubjectKind.NUMBER,
                "+8613800138000",
                Outcome.REVIEW,
                null,
                type,
                List.of(),
                List.of());
    }

    @Test
    void aDecisionWithAScamTypeLinksToItsTipWithoutMakingANewView() {
        DecisionView view = DecisionView.of(7L, decision(ScamType.FAKE_INVESTMENT), null);
        assertThat(view.scamType()).isNotNull();
        assertThat(view.scamType().tip()).isEqualTo("/api/v1/tips/FAKE_INVESTMENT");
        assertThat(DecisionView.of(8L, decision(ScamType.FAKE_INVESTMENT), null).scamType())
                .isSameAs(view.scamType());
    }
}

package io.clearsky.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.RiskEngine;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.RuleSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestWorldTests {

    @Test
    void theStreamSurvivesItsJsonUnchangedAndFiresAllFiveRules() {
        List<RiskEvent> events = TestWorld.events(11, 30_000);
        RiskEngine engine = new RiskEngine(RuleSet.parse(TestWorld.SHORT_MEMORY_RULES), TestWorld.watchlist());
        List<Decision> decisions = new ArrayList<>();
        for (RiskEvent event : events) {
            assertThat(EventCodec.read(EventCodec.write(event))).isEqualTo(event);
            decisions.addAll(engine.process(event));
        }

        assertThat(decisions)
                .extracting(Decision::ruleId)
                .contains(
                        RuleSet.PAYEE_LISTED,
                        RuleSet.CONTACT_THEN_NEW_PAYEE,
                        RuleSet.SPOOFED_CALL,
                        RuleSet.CALLING_BURST,
                        RuleSet.FAST_FORWARD);
    }
}

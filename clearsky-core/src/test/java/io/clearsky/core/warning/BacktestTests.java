package io.clearsky.core.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTests {

    @Test
    void reportsWhatAHigherHoldAmountWouldChange() {
        List<RiskEvent> events = Streams.random(11, 20_000);
        RuleSet current = RuleSet.defaults();
        RuleSet proposed = RuleSet.parse("""
                version: 3
                rules:
                  contact-then-new-payee:
                    hold-amount-yuan: 20000
                    high-priority-amount-yuan: 20000
                  calling-burst:
                    enabled: false
                """);

        Backtest.Report report = Backtest.run(events, current, proposed, Streams.watchlist(), 5);

        assertThat(report.events()).isEqualTo(20_000);
        assertThat(report.currentVersion()).isEqualTo(2);
        assertThat(report.proposedVersion()).isEqualTo(3);
        assertThat(report.transfersChanged()).isPositive();
        assertThat(report.transferChanges()).hasSize(5).allSatisfy(change -> {
            assertThat(change.current()).isEqualTo(Outcome.HOLD);
            assertThat(change.proposed()).isEqualTo(Outcome.REVIEW);
        });
        assertThat(report.counts())
                .filteredOn(c -> c.ruleId().equals(RuleSet.CONTACT_THEN_NEW_PAYEE) && c.outcome() == Outcome.HOLD)
                .singleElement()
                .satisfies(c -> assertThat(c.proposed()).isLessThan(c.current()));
    }

    @Test
    void theSameRulesChangeNothing() {
        List<RiskEvent> events = Streams.random(12, 5_000);

        Backtest.Report report = Backtest.run(events, RuleSet.defaults(), RuleSet.defaults(), Streams.watchlist(), 10);

        assertThat(report.transfersChanged()).isZero();
        assertThat(report.subjectsChanged()).isZero();
        assertThat(report.counts()).allSatisfy(c -> assertThat(c.proposed()).isEqualTo(c.current()));
        assertThat(report.counts()).isNotEmpty();
    }
}

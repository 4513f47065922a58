package io.clearsky.stream;

import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.RiskRules;
import io.clearsky.core.warning.RuleSet;
import io.clearsky.core.warning.Watchlist;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

/** Sends each event to every key it touches ({@link RiskRules#route}): a subscriber, a number, an account. */
final class EventRouter extends RichFlatMapFunction<RiskEvent, RoutedEvent> {

    private static final long serialVersionUID = 1L;

    private final String rulesText;
    private transient RiskRules rules;

    EventRouter(String rulesText) {
        this.rulesText = rulesText;
    }

    @Override
    public void open(OpenContext context) {
        // routing reads no watchlist; the rules are the job's own so route and apply are always one code
        rules = new RiskRules(RuleSet.parse(rulesText), Watchlist.EMPTY);
    }

    @Override
    public void flatMap(RiskEvent event, Collector<RoutedEvent> out) {
        for (RiskRules.Routed routed : rules.route(event)) {
            out.collect(new RoutedEvent(routed.key(), routed.role(), event));
        }
    }
}

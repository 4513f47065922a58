package io.clearsky.stream;

import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.KeyState;
import io.clearsky.core.warning.RiskRules;
import io.clearsky.core.warning.RuleSet;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules for one key (a subscriber, a number or an account): what {@code RiskEngine.process} does for one key of
 * an event, with the key's {@link KeyState} in Flink keyed state, checkpointed as its bytes.
 *
 * <p>Each key holds at most one cleanup timer, in event time, at the state's {@link KeyState#retainUntil}: the event
 * time after which the state can no longer change a decision ({@code RiskRules.apply} reads a state past it as none,
 * so dropping it early or late decides the same). A later event pushes retainUntil on; rather than moving the timer
 * each time, the timer that fires looks again and sets itself for the new time, so a key costs one timer however
 * many events it sees. A timer fires once the watermark passes it: when events up to the out-of-orderness bound
 * beyond it have arrived.
 */
final class RiskRulesFunction extends KeyedProcessFunction<Long, RoutedEvent, JsonLine> {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(RiskRulesFunction.class);

    /** The accumulator of decisions made. */
    static final String DECISIONS = "decisions";

    /** The accumulator of states dropped by their cleanup timers. */
    static final String EXPIRED_STATES = "expired-states";

    private final String rulesText;
    private final WatchlistLoader watchlist;

    private transient RiskRules rules;
    private transient ValueState<byte[]> state;
    private transient ValueState<Long> cleanupAt;
    private transient List<Decision> decisions;
    private transient Counter decided;
    private transient Counter late;
    private transient Counter expired;
    private transient LongCounter decidedTotal;
    private transient LongCounter expiredTotal;

    RiskRulesFunction(String rulesText, WatchlistLoader watchlist) {
        this.rulesText = rulesText;
        this.watchlist = watchlist;
    }

    @Override
    public void open(OpenContext context) throws Exception {
        rules = new RiskRules(RuleSet.parse(rulesText), watchlist.load(getRuntimeContext()));
        state = getRuntimeContext()
                .getState(
                        new ValueStateDescriptor<>("key-state", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        cleanupAt = getRuntimeContext().getState(new ValueStateDescriptor<>("cleanup-at", Types.LONG));
        decisions = new ArrayList<>(2);
        decided = getRuntimeContext().getMetricGroup().counter("decisions");
        late = getRuntimeContext().getMetricGroup().counter("lateEvents");
        expired = getRuntimeContext().getMetricGroup().counter("expiredStates");
        // the same totals as accumulators, which a bounded run (a replay, a test) returns with its result
        decidedTotal = getRuntimeContext().getLongCounter(DECISIONS);
        expiredTotal = getRuntimeContext().getLongCounter(EXPIRED_STATES);
    }

    @Override
    public void processElement(RoutedEvent routed, Context context, Collector<JsonLine> out) throws Exception {
        long time = routed.event().at().toEpochMilli();
        if (time <= context.timerService().currentWatermark()) {
            // behind the out-of-orderness bound: decided all the same, on what state is left (see docs/stream.md)
            late.inc();
        }
        byte[] bytes = state.value();
        KeyState current = bytes == null ? null : KeyState.fromBytes(bytes);
        decisions.clear();
        KeyState next;
        try {
            next = rules.apply(current, routed.event(), routed.role(), decisions);
        } catch (RuntimeException e) {
            // a bug in a rule: the key keeps its state as it was, the event is recorded, every other key goes on
            log.warn("the rules failed on event {} for key {}", routed.event().id(), routed.key(), e);
            context.output(DeadLetters.TAG, DeadLetters.undecided(routed, e));
            return;
        }
        for (Decision decision : decisions) {
            out.collect(new JsonLine(decision.eventId(), EventCodec.write(decision)));
            decided.inc();
            decidedTotal.add(1);
        }
        if (next == null) {
            state.clear();
            return;
        }
        state.update(next.toBytes());
        if (cleanupAt.value() == null) {
            long until = next.retainUntil(rules.ruleSet());
            context.timerService().registerEventTimeTimer(until);
            cleanupAt.update(until);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<JsonLine> out) throws Exception {
        byte[] bytes = state.value();
        long until = bytes == null ? Long.MIN_VALUE : KeyState.fromBytes(bytes).retainUntil(rules.ruleSet());
        if (until > timestamp) {
            // later events (or longer memories in new rules) keep the state longer
            context.timerService().registerEventTimeTimer(until);
            cleanupAt.update(until);
            return;
        }
        if (bytes != null) {
            expired.inc();
            expiredTotal.add(1);
        }
        state.clear();
        cleanupAt.clear();
    }
}

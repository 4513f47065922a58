package io.clearsky.stream;

import static io.clearsky.stream.TestWorld.GANG_NUMBER;
import static io.clearsky.stream.TestWorld.T0;
import static io.clearsky.stream.TestWorld.VICTIM;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.warning.CallDirection;
import io.clearsky.core.warning.CallEvent;
import io.clearsky.core.warning.CallRoute;
import io.clearsky.core.warning.Channel;
import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.Outcome;
import io.clearsky.core.warning.RiskEngine;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.RiskRules;
import io.clearsky.core.warning.RuleSet;
import io.clearsky.core.warning.TransferAttempt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RiskRulesFunctionTests {

    private static final long HOUR = Duration.ofHours(1).toMillis();

    private final RiskRules rules = new RiskRules(RuleSet.defaults(), TestWorld.watchlist());
    private KeyedOneInputStreamOperatorTestHarness<Long, RoutedEvent, JsonLine> harness = open();

    private static KeyedOneInputStreamOperatorTestHarness<Long, RoutedEvent, JsonLine> open() {
        return open(RuleSet.defaultText());
    }

    private static KeyedOneInputStreamOperatorTestHarness<Long, RoutedEvent, JsonLine> open(String rulesText) {
        try {
            return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                    function(rulesText), RoutedEvent::key, Types.LONG);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static RiskRulesFunction function(String rulesText) {
        return new RiskRulesFunction(rulesText, context -> TestWorld.watchlist());
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(RiskEvent event) throws Exception {
        for (RiskRules.Routed routed : rules.route(event)) {
            harness.processElement(
                    new RoutedEvent(routed.key(), routed.role(), event),
                    event.at().toEpochMilli());
        }
    }

    private List<Decision> decisions() {
        List<Decision> decisions = new ArrayList<>();
        for (JsonLine line : harness.extractOutputValues()) {
            Decision decision = EventCodec.readDecision(line.json());
            assertThat(line.key()).isEqualTo(decision.eventId());
            decisions.add(decision);
        }
        return decisions;
    }

    private static CallEvent call(String id, long at, String caller, String callee, int seconds) {
        return new CallEvent(
                id, T0.plusMillis(at), caller, caller, callee, seconds, CallDirection.INCOMING, CallRoute.DOMESTIC);
    }

    private static TransferAttempt pay(String id, long at, String payee, long yuan) {
        return new TransferAttempt(
                id, T0.plusMillis(at), "alipay:" + VICTIM, VICTIM, payee, yuan * 100, Channel.MOBILE_APP, null);
    }

    @Test
    void aCallFromAListedNumberThenALargePaymentToANewPayeeIsHeld() throws Exception {
        send(call("c1", 0, GANG_NUMBER, VICTIM, 300));
        send(pay("t1", 10 * 60_000, TestWorld.account(1), 50_000));

        assertThat(decisions()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(RuleSet.CONTACT_THEN_NEW_PAYEE);
            assertThat(d.outcome()).isEqualTo(Outcome.HOLD);
            assertThat(d.evidence()).containsExactly("c1", "t1");
        });
        // the victim, the gang number (its calls) and the payee, each with its bytes and its one cleanup timer
        assertThat(harness.numKeyedStateEntries()).isEqualTo(3 * 2);
        assertThat(harness.numEventTimeTimers()).isEqualTo(3);
    }

    @Test
    void aNumbersCallsAreDroppedOnceTheWatermarkPassesTheBurstWindowAndNotBefore() throws Exception {
        send(call("c1", 0, "+8615800000001", VICTIM, 20));
        assertThat(harness.numKeyedStateEntries()).isEqualTo(2);

        harness.processWatermark(T0.toEpochMilli() + HOUR - 1);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(2);

        harness.processWatermark(T0.toEpochMilli() + HOUR);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aLaterEventKeepsTheStateLongerWithStillOneTimerPerKey() throws Exception {
        send(call("c1", 0, "+8615800000001", VICTIM, 20));
        send(call("c2", HOUR / 2, "+8615800000001", TestWorld.subscriber(2), 20));
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        // the first timer finds the state kept until an hour after the second call, and sets itself for then
        harness.processWatermark(T0.toEpochMilli() + HOUR);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(2);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(T0.toEpochMilli() + HOUR + HOUR / 2);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void statesAndTimersSurviveACheckpoint() throws Exception {
        send(call("c1", 0, GANG_NUMBER, VICTIM, 300));
        OperatorSubtaskState checkpoint = harness.snapshot(1, 1);
        harness.close();

        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(function(RuleSet.defaultText())), RoutedEvent::key, Types.LONG);
        harness.setup();
        harness.initializeState(checkpoint);
        harness.open();
        assertThat(harness.numEventTimeTimers()).isEqualTo(2);
        send(pay("t1", 10 * 60_000, TestWorld.account(1), 50_000));

        assertThat(decisions())
                .singleElement()
                .satisfies(d -> assertThat(d.evidence()).containsExactly("c1", "t1"));
    }

    @Test
    void decidesAsTheEmbeddedEngineWhileStatesExpireBehindTheWatermark() throws Exception {
        harness.close();
        harness = open(TestWorld.SHORT_MEMORY_RULES);
        RiskRules shortMemory = new RiskRules(RuleSet.parse(TestWorld.SHORT_MEMORY_RULES), TestWorld.watchlist());
        RiskEngine engine = new RiskEngine(shortMemory);
        List<String> expected = new ArrayList<>();
        List<RiskEvent> events = TestWorld.events(5, 10_000);
        for (int i = 0; i < events.size(); i++) {
            RiskEvent event = events.get(i);
            engine.process(event).forEach(d -> expected.add(EventCodec.write(d)));
            for (RiskRules.Routed routed : shortMemory.route(event)) {
                harness.processElement(
                        new RoutedEvent(routed.key(), routed.role(), event),
                        event.at().toEpochMilli());
            }
            if (i % 100 == 99) {
                harness.processWatermark(event.at().toEpochMilli() - 1);
            }
        }
        List<String> actual = new ArrayList<>();
        harness.extractOutputValues().forEach(line -> actual.add(line.json()));

        assertThat(actual).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(harness.numKeyedStateEntries()).isLessThan(2 * (int) engine.stateCount());
    }
}

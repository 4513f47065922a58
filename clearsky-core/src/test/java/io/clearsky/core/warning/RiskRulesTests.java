package io.clearsky.core.warning;

import static io.clearsky.core.warning.Streams.GANG_NUMBER;
import static io.clearsky.core.warning.Streams.LISTED_URL;
import static io.clearsky.core.warning.Streams.MULE;
import static io.clearsky.core.warning.Streams.SUSPECTED_NUMBER;
import static io.clearsky.core.warning.Streams.VICTIM;
import static io.clearsky.core.warning.Streams.at;
import static io.clearsky.core.warning.Streams.call;
import static io.clearsky.core.warning.Streams.pay;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.indicator.ScamType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskRulesTests {

    private final RiskEngine engine = new RiskEngine(RuleSet.defaults(), Streams.watchlist());

    @Test
    void payingAListedAccountIsBlocked() {
        List<Decision> decisions = engine.process(pay("t1", 0, VICTIM, MULE, 45_000));

        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(RuleSet.PAYEE_LISTED);
            assertThat(d.outcome()).isEqualTo(Outcome.BLOCK);
            assertThat(d.subject()).isEqualTo(MULE);
            assertThat(d.scamType()).isEqualTo(ScamType.IMPERSONATING_OFFICIALS);
            assertThat(d.reasons().get(0).zh()).contains("已被反诈中心核实为涉诈账户");
        });
        assertThat(Decision.transferOutcome(decisions)).isEqualTo(Outcome.BLOCK);
    }

    @Test
    void aCallFromAListedNumberThenALargePaymentToANewPayeeIsHeldWithAHighPriorityTask() {
        assertThat(engine.process(call("c1", 0, GANG_NUMBER, VICTIM, 900))).isEmpty();

        List<Decision> decisions = engine.process(pay("t1", 25, VICTIM, "alipay:2088000000000001", 120_000));

        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(RuleSet.CONTACT_THEN_NEW_PAYEE);
            assertThat(d.outcome()).isEqualTo(Outcome.HOLD);
            assertThat(d.dissuasion()).isEqualTo(Priority.HIGH);
            assertThat(d.subject()).isEqualTo(VICTIM);
            assertThat(d.scamType()).isEqualTo(ScamType.IMPERSONATING_OFFICIALS);
            assertThat(d.evidence()).containsExactly("c1", "t1");
            assertThat(d.reasons())
                    .extracting(RuleReason::code)
                    .containsExactly("NEW_PAYEE_AFTER_RISKY_CONTACT", "CALL_FROM_LISTED_NUMBER");
            assertThat(d.reasons().get(1).en()).contains("25 minutes earlier").contains(GANG_NUMBER);
        });
    }

    @Test
    void gradesTheTaskByAmountAndLetsSmallPaymentsGo() {
        engine.process(call("c1", 0, SUSPECTED_NUMBER, VICTIM, 60));

        assertThat(engine.process(pay("t1", 1, VICTIM, "alipay:2088000000000001", 300)))
                .isEmpty();
        assertThat(engine.process(pay("t2", 2, VICTIM, "alipay:2088000000000002", 800)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
                    assertThat(d.dissuasion()).isEqualTo(Priority.LOW);
                    assertThat(d.reasons().get(1).zh()).contains("疑似涉诈号码");
                });
        assertThat(engine.process(pay("t3", 3, VICTIM, "alipay:2088000000000003", 5_000)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.outcome()).isEqualTo(Outcome.HOLD);
                    assertThat(d.dissuasion()).isEqualTo(Priority.MEDIUM);
                });
    }

    @Test
    void aPayeePaidBeforeIsNotNewAndAContactOutsideTheWindowDoesNotCount() {
        String known = "alipay:2088000000000001";
        engine.process(pay("t0", -60 * 24 * 7, VICTIM, known, 50));
        engine.process(call("c1", 0, GANG_NUMBER, VICTIM, 300));

        assertThat(engine.process(pay("t1", 10, VICTIM, known, 50_000))).isEmpty();
        assertThat(engine.process(pay("t2", 31, VICTIM, "alipay:2088000000000002", 50_000)))
                .isEmpty();
    }

    @Test
    void aHeldPaymentTriedAgainIsHeldAgain() {
        engine.process(call("c1", 0, GANG_NUMBER, VICTIM, 300));
        String payee = "alipay:2088000000000001";

        assertThat(Decision.transferOutcome(engine.process(pay("t1", 5, VICTIM, payee, 20_000))))
                .isEqualTo(Outcome.HOLD);
        assertThat(Decision.transferOutcome(engine.process(pay("t2", 6, VICTIM, payee, 20_000))))
                .isEqualTo(Outcome.HOLD);
    }

    @Test
    void unansweredCallsDoNotCountButListedLinksAndScreenSharingAppsDo() {
        engine.process(call("c1", 0, GANG_NUMBER, VICTIM, 0));
        assertThat(engine.process(pay("t1", 1, VICTIM, "alipay:2088000000000001", 20_000)))
                .isEmpty();

        engine.process(new SmsEvent("s1", at(2), "+8618600000000", VICTIM, List.of(LISTED_URL), null));
        assertThat(engine.process(pay("t2", 3, VICTIM, "alipay:2088000000000002", 20_000)))
                .singleElement()
                .satisfies(d ->
                        assertThat(d.reasons()).extracting(RuleReason::code).contains("SMS_WITH_LISTED_LINK"));

        String other = "+8613900000009";
        engine.process(new AppInstallEvent("a1", at(4), other, "com.tencent.wemeet"));
        assertThat(engine.process(pay("t3", 5, other, "alipay:2088000000000003", 20_000)))
                .singleElement()
                .satisfies(d ->
                        assertThat(d.reasons()).extracting(RuleReason::code).contains("INSTALLED_SCREEN_SHARING_APP"));
    }

    @Test
    void aLongVoipCallPresentingAnOfficialNumberWarnsTheCalleeAndCountsAsARiskyContact() {
        CallEvent spoofed = new CallEvent(
                "c1", at(0), "+85270000000", "+86110", VICTIM, 600, CallDirection.INCOMING, CallRoute.VOIP);

        assertThat(engine.process(spoofed)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(RuleSet.SPOOFED_CALL);
            assertThat(d.outcome()).isEqualTo(Outcome.WARN);
            assertThat(d.subject()).isEqualTo(VICTIM);
            assertThat(d.reasons().get(0).zh()).contains("疑似改号");
        });
        assertThat(engine.process(new CallEvent(
                        "c2", at(1), "+85270000000", "+86110", VICTIM, 20, CallDirection.INCOMING, CallRoute.VOIP)))
                .isEmpty();
        assertThat(engine.process(pay("t1", 20, VICTIM, "alipay:2088000000000001", 30_000)))
                .singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo(Outcome.HOLD));
    }

    @Test
    void aScamTextFromAnUnknownSenderWarnsTheRecipientAndCountsAsARiskyContact() {
        String text = "【公安局】您好，您名下的银行账户涉嫌一起洗钱案件，已被立案调查，请立即配合资金核查，" + "将名下资金转入安全账户，否则将冻结您的全部资产，请勿告知他人。";
        List<Decision> warned = engine.process(new SmsEvent("s1", at(0), "+8617000000001", VICTIM, List.of(), text));
        assertThat(warned).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(RuleSet.SCAM_TEXT);
            assertThat(d.outcome()).isEqualTo(Outcome.WARN);
            assertThat(d.subject()).isEqualTo(VICTIM);
            assertThat(d.scamType()).isEqualTo(ScamType.IMPERSONATING_OFFICIALS);
            assertThat(d.reasons().get(0).code()).isEqualTo("SCAM_TEXT");
            assertThat(d.reasons().get(0).zh()).contains("+8617000000001").contains("冒充公检法");
            assertThat(d.evidence()).containsExactly("s1");
        });
        assertThat(engine.process(pay("t1", 10, VICTIM, "alipay:2088000000000001", 50_000)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.outcome()).isEqualTo(Outcome.HOLD);
                    assertThat(d.reasons()).extracting(RuleReason::code).contains("SMS_WITH_SCAM_TEXT");
                    assertThat(d.evidence()).containsExactly("s1", "t1");
                });

        // an ordinary text is nothing, and an allowlisted sender (110 here; a bank's 95588 in life) is not read
        String other = "+8613900000009";
        assertThat(engine.process(new SmsEvent("s2", at(20), "+8617000000002", other, List.of(), "晚上一起吃饭吗？我六点下班。")))
                .isEmpty();
        assertThat(engine.process(new SmsEvent("s3", at(21), "+86110", other, List.of(), text)))
                .isEmpty();
        assertThat(engine.process(pay("t2", 22, other, "alipay:2088000000000002", 50_000)))
                .isEmpty();
    }

    @Test
    void theScamTextRuleCanBeSwitchedOffOrMadeStricter() {
        String text = "【公安局】您名下账户涉嫌洗钱，请立即将资金转入安全账户配合调查。";
        RiskEngine off = new RiskEngine(
                RuleSet.parse("version: 2\nrules:\n  scam-text:\n    enabled: false\n"), Streams.watchlist());
        assertThat(off.process(new SmsEvent("s1", at(0), "+8617000000001", VICTIM, List.of(), text)))
                .isEmpty();
        RiskEngine strict = new RiskEngine(
                RuleSet.parse("version: 2\nrules:\n  scam-text:\n    min-probability: 1.0\n"), Streams.watchlist());
        assertThat(strict.process(new SmsEvent("s1", at(0), "+8617000000001", VICTIM, List.of(), text)))
                .isEmpty();
    }

    @Test
    void aNumberCallingManySubscribersBrieflyBecomesSuspectedOnce() {
        String robocaller = "+8617099990000";
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            decisions.addAll(engine.process(call("b" + i, i / 2, robocaller, "+86139" + String.format("%08d", i), 8)));
        }

        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(RuleSet.CALLING_BURST);
            assertThat(d.outcome()).isEqualTo(Outcome.SUSPECT);
            assertThat(d.subjectKind()).isEqualTo(SubjectKind.NUMBER);
            assertThat(d.subject()).isEqualTo(robocaller);
            assertThat(d.eventId()).isEqualTo("b29");
            assertThat(d.evidence()).hasSize(20).endsWith("b29");
            assertThat(d.reasons().get(0).zh()).contains("30个不同用户");
        });
    }

    @Test
    void aNumberItsCalleesCallBackIsNotSuspected() {
        String shop = "+8617099990001";
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String callee = "+86139" + String.format("%08d", i);
            decisions.addAll(engine.process(call("b" + i, i, shop, callee, 8)));
            if (i % 3 == 0) {
                decisions.addAll(engine.process(call("r" + i, i, callee, shop, 120)));
            }
        }

        assertThat(decisions).noneMatch(d -> d.ruleId().equals(RuleSet.CALLING_BURST));
    }

    @Test
    void anAccountThatForwardsWhatSeveralNewPayersSentIsASuspectedMuleAndItsForwardIsReviewed() {
        String mule = "alipay:2088000000000777";
        engine.process(pay("in1", 0, "+8613900000001", mule, 3_000));
        engine.process(pay("in2", 4, "+8613900000002", mule, 5_000));
        engine.process(pay("in3", 9, "+8613900000003", mule, 2_000));

        List<Decision> decisions = engine.process(new TransferAttempt(
                "out1", at(12), mule, null, "6222020000000000001", 9_500_00, Channel.ONLINE_BANKING, null));

        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(RuleSet.FAST_FORWARD);
            assertThat(d.outcome()).isEqualTo(Outcome.SUSPECT);
            assertThat(d.subject()).isEqualTo(mule);
            assertThat(d.evidence()).containsExactly("in1", "in2", "in3", "out1");
            assertThat(d.reasons().get(0).en()).contains("3 new payers").contains("95%");
        });
        assertThat(Decision.transferOutcome(decisions)).isEqualTo(Outcome.REVIEW);
    }

    @Test
    void anAccountPaidByItsUsualPayersIsNotAMule() {
        String landlord = "alipay:2088000000000778";
        for (int month = 0; month < 2; month++) {
            for (int i = 1; i <= 3; i++) {
                engine.process(pay("in" + month + i, month * 60 * 24 * 30 + i, "+861390000000" + i, landlord, 3_000));
            }
        }
        assertThat(engine.process(new TransferAttempt(
                        "out1",
                        at(60 * 24 * 30 + 10),
                        landlord,
                        null,
                        "6222020000000000001",
                        8_000_00,
                        Channel.ONLINE_BANKING,
                        null)))
                .isEmpty();
    }

    @Test
    void statesSurviveTheirBytesSoAnEngineThatCheckpointsEveryStepDecidesTheSame() {
        List<RiskEvent> events = Streams.random(7, 20_000);
        RiskRules rules = new RiskRules(RuleSet.defaults(), Streams.watchlist());
        RiskEngine inMemory = new RiskEngine(rules);
        Map<Long, byte[]> checkpointed = new java.util.HashMap<>();
        List<Decision> expected = new ArrayList<>();
        List<Decision> actual = new ArrayList<>();
        for (RiskEvent event : events) {
            expected.addAll(inMemory.process(event));
            for (RiskRules.Routed routed : rules.route(event)) {
                byte[] bytes = checkpointed.get(routed.key());
                KeyState state = bytes == null ? null : KeyState.fromBytes(bytes);
                KeyState next = rules.apply(state, event, routed.role(), actual);
                if (next == null) {
                    checkpointed.remove(routed.key());
                } else {
                    checkpointed.put(routed.key(), next.toBytes());
                }
            }
        }

        assertThat(actual).isEqualTo(expected);
        assertThat(expected)
                .extracting(Decision::ruleId)
                .contains(
                        RuleSet.PAYEE_LISTED,
                        RuleSet.CONTACT_THEN_NEW_PAYEE,
                        RuleSet.SPOOFED_CALL,
                        RuleSet.FAST_FORWARD);
    }

    @Test
    void expiringDropsOnlyStatesPastTheirMemory() {
        engine.process(call("c1", 0, GANG_NUMBER, VICTIM, 300));
        engine.process(pay("t1", 5, VICTIM, "alipay:2088000000000001", 100));
        // the caller's calls (kept for the burst window), the victim (contacts and payees), the payee (its payers)
        assertThat(engine.stateCount()).isEqualTo(3);
        assertThat(engine.contactBlocksInUse()).isPositive();
        assertThat(engine.memoryLongsInUse()).isPositive();

        assertThat(engine.expire(at(120).toEpochMilli())).isEqualTo(1);
        assertThat(engine.stateCount()).isEqualTo(2);
        assertThat(engine.expire(at(60 * 24 * 181).toEpochMilli())).isEqualTo(2);
        assertThat(engine.stateCount()).isZero();
        // the victim's contacts and payees, and the payee's payers, were kept in their stripes' arenas, and went back
        // to them with the states
        assertThat(engine.contactBlocksInUse()).isZero();
        assertThat(engine.memoryLongsInUse()).isZero();
    }

    @Test
    void expiringPartByPartDropsWhatOnePassDrops() {
        RiskEngine byParts = new RiskEngine(RuleSet.defaults(), Streams.watchlist());
        List<RiskEvent> events = Streams.random(11, 5_000);
        for (RiskEvent event : events) {
            engine.process(event);
            byParts.process(event);
        }
        long later = events.get(events.size() - 1).at().toEpochMilli() + 2 * 3_600_000L;
        long before = byParts.stateCount();

        int dropped = 0;
        for (int part = 0; part < RiskEngine.PARTS; part++) {
            dropped += byParts.expireNext(later);
        }

        assertThat(dropped).isPositive().isEqualTo(engine.expire(later));
        assertThat(byParts.stateCount()).isEqualTo(engine.stateCount()).isEqualTo(before - dropped);
    }

    @Test
    void callsBackToCallsOlderThanTheBurstWindowDoNotCountSoExpiringTheNumberChangesNothing() {
        String robocaller = "+8617099990002";
        RiskEngine keeping = new RiskEngine(RuleSet.defaults(), Streams.watchlist());
        RiskEngine expiring = new RiskEngine(RuleSet.defaults(), Streams.watchlist());
        List<RiskEvent> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(call("old" + i, 0, robocaller, "+86139" + String.format("%08d", i), 8));
        }
        // past the window: the number's state can no longer change a decision, yet its old callees ring back
        for (int i = 0; i < 4; i++) {
            events.add(call("back" + i, 61, "+86139" + String.format("%08d", i), robocaller, 40));
        }
        for (int i = 0; i < 30; i++) {
            events.add(call("b" + i, 62 + i / 4, robocaller, "+86139" + String.format("%08d", i), 8));
        }
        List<Decision> kept = new ArrayList<>();
        List<Decision> expired = new ArrayList<>();
        for (RiskEvent event : events) {
            if (event.id().equals("back0")) {
                assertThat(expiring.expire(event.at().toEpochMilli())).isEqualTo(1);
            }
            kept.addAll(keeping.process(event));
            expired.addAll(expiring.process(event));
        }

        assertThat(kept)
                .isEqualTo(expired)
                .singleElement()
                .satisfies(d -> assertThat(d.ruleId()).isEqualTo(RuleSet.CALLING_BURST));
    }

    @Test
    void whichPayeeIsForgottenDependsOnThePayeesNotOnTheirOrderSoExpiringTheSubscriberChangesNothing() {
        RuleSet small = RuleSet.parse("version: 2\nmemory:\n  payee-days: 1\n  payees-per-subscriber: 2\n");
        RiskEngine keeping = new RiskEngine(small, Streams.watchlist());
        RiskEngine expiring = new RiskEngine(small, Streams.watchlist());
        int day = 60 * 24;
        List<RiskEvent> events = List.of(
                pay("a1", 0, VICTIM, "alipay:2088000000000001", 100),
                pay("b1", 1, VICTIM, "alipay:2088000000000002", 100),
                pay("a2", day, VICTIM, "alipay:2088000000000001", 100),
                // past the memory: the subscriber's payees can no longer change a decision
                pay("x", 3 * day, VICTIM, "alipay:2088000000000003", 100),
                pay("y", 3 * day + 1, VICTIM, "alipay:2088000000000004", 100),
                pay("z", 3 * day + 2, VICTIM, "alipay:2088000000000005", 100),
                call("c1", 3 * day + 3, GANG_NUMBER, VICTIM, 300),
                pay("x2", 3 * day + 4, VICTIM, "alipay:2088000000000003", 20_000),
                pay("y2", 3 * day + 5, VICTIM, "alipay:2088000000000004", 20_000));
        List<Decision> kept = new ArrayList<>();
        List<Decision> expired = new ArrayList<>();
        for (RiskEvent event : events) {
            if (event.id().equals("x")) {
                assertThat(expiring.expire(event.at().toEpochMilli())).isPositive();
            }
            kept.addAll(keeping.process(event));
            expired.addAll(expiring.process(event));
        }

        assertThat(kept)
                .isEqualTo(expired)
                .singleElement()
                .satisfies(d -> assertThat(d.ruleId()).isEqualTo(RuleSet.CONTACT_THEN_NEW_PAYEE));
    }

    @Test
    void expiringStatesNeverChangesADecision() {
        // short memories and a low burst threshold, so states expire many times over the stream and every rule fires
        RuleSet tight = RuleSet.parse("""
                version: 3
                rules:
                  calling-burst:
                    window: 30m
                    min-distinct-callees: 4
                    max-callback-share: 0.3
                memory:
                  payee-days: 1
                  payees-per-subscriber: 4
                """);
        for (long seed = 1; seed <= 5; seed++) {
            List<RiskEvent> events = Streams.random(seed, 20_000);
            RiskEngine keeping = new RiskEngine(tight, Streams.watchlist());
            RiskEngine expiring = new RiskEngine(tight, Streams.watchlist());
            List<Decision> expected = new ArrayList<>();
            List<Decision> actual = new ArrayList<>();
            int dropped = 0;
            for (int i = 0; i < events.size(); i++) {
                expected.addAll(keeping.process(events.get(i)));
                actual.addAll(expiring.process(events.get(i)));
                if (i % 50 == 0) {
                    dropped += expiring.expire(expiring.latestEventMillis());
                }
            }

            assertThat(dropped).isPositive();
            assertThat(actual).as("seed %d", seed).isEqualTo(expected);
            assertThat(expected)
                    .extracting(Decision::ruleId)
                    .contains(
                            RuleSet.PAYEE_LISTED,
                            RuleSet.CONTACT_THEN_NEW_PAYEE,
                            RuleSet.SPOOFED_CALL,
                            RuleSet.CALLING_BURST,
                            RuleSet.FAST_FORWARD);
        }
    }

    @Test
    void reloadingRulesKeepsStateAndStampsTheNewVersion() {
        engine.process(call("c1", 0, GANG_NUMBER, VICTIM, 300));
        engine.reload(new RiskRules(
                RuleSet.parse("version: 2\nrules:\n  contact-then-new-payee:\n    hold-amount-yuan: 50000\n"
                        + "    high-priority-amount-yuan: 50000\n"),
                Streams.watchlist()));

        assertThat(engine.process(pay("t1", 5, VICTIM, "alipay:2088000000000001", 20_000)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.rulesVersion()).isEqualTo(2);
                    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
                });
    }

    @Test
    void rulesReloadedWithALowerBurstThresholdKeepWorkingOnANumberHoldingMoreCallsThanTheNewCap() {
        // regression: the call history's cap follows min-distinct-callees; lowering it left a full state above the
        // cap, and the next call failed with an ArrayIndexOutOfBoundsException
        engine.reload(new RiskRules(
                RuleSet.parse("version: 2\nrules:\n  calling-burst:\n    min-distinct-callees: 100\n"),
                Streams.watchlist()));
        String robocaller = "+8617099990002";
        for (int i = 0; i < 256; i++) { // the history's arrays are then exactly full
            engine.process(call("a" + i, i / 10, robocaller, "+86139" + String.format("%08d", i % 90), 8));
        }
        engine.reload(new RiskRules(
                RuleSet.parse("version: 3\nrules:\n  calling-burst:\n    min-distinct-callees: 10\n"),
                Streams.watchlist()));

        List<Decision> decisions = engine.process(call("z", 31, robocaller, "+8613988888888", 8));

        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(RuleSet.CALLING_BURST);
            assertThat(d.rulesVersion()).isEqualTo(3);
            assertThat(d.evidence()).endsWith("z");
        });
    }
}

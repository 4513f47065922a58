package io.clearsky.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.index.IndicatorIndex;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorState;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.warning.CallEvent;
import io.clearsky.core.warning.CallRoute;
import io.clearsky.core.warning.Channel;
import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.IndexWatchlist;
import io.clearsky.core.warning.Outcome;
import io.clearsky.core.warning.RiskEngine;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.RuleReason;
import io.clearsky.core.warning.RuleSet;
import io.clearsky.core.warning.SubjectKind;
import io.clearsky.core.warning.TransferAttempt;
import io.clearsky.simulator.TruthRecord.Entity;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the risk engine with the default rules over a simulated world's events and scores rules 2, 4 and 5 against
 * the ground truth: the figures of issue 6. The floors are a little under what was measured (docs/warning-quality.md,
 * which also gives the method); a change that decides worse fails here.
 *
 * <p>What the engine knows when, so that nothing leaks from the future: the watchlist holds the numbers the centres
 * listed before the stream starts, then each listing from the moment it is made, and each number or account the
 * engine itself decides to SUSPECT from that moment (the registry takes those as SUSPECTED, as the server does). The
 * engine starts with six months of the subscribers' ordinary payments behind it (drawn like the world's own
 * background: acquaintances and shops), since a deployed engine has that history and rule 2 asks whether a payee is
 * new.
 */
class RiskRuleQualityTests {

    // measured 2026-11-29 on WorldSettings.small(7) with its phone traffic: rule 4 precision 0.982, recall 0.892;
    // rule 5 precision 1.000, recall 0.006 (2 of 356); rule 2 precision 0.852, recall 0.227; victims warned on or
    // before their first fraud payment 0.348. See docs/warning-quality.md.
    static final double BURST_PRECISION_FLOOR = 0.97;
    static final double BURST_RECALL_FLOOR = 0.88;
    static final double FORWARD_PRECISION_FLOOR = 0.99;
    static final double FORWARD_RECALL_FLOOR = 0.005;
    static final double CONTACT_PRECISION_FLOOR = 0.84;
    static final double CONTACT_RECALL_FLOOR = 0.22;
    static final double WARNED_FLOOR = 0.34;

    private static final WorldSettings WORLD = WorldSettings.small(7);
    private static final int HISTORY_DAYS = 180;

    private static Replay replay;

    @BeforeAll
    static void replayTheWorld() {
        replay = Replay.of(WORLD);
        replay.print();
    }

    @Test
    void numbersFlaggedForCallingBurstsAreTheGangsNumbers() {
        assertThat(replay.burst().precision()).isGreaterThanOrEqualTo(BURST_PRECISION_FLOOR);
        assertThat(replay.burst().recall()).isGreaterThanOrEqualTo(BURST_RECALL_FLOOR);
    }

    @Test
    void accountsFlaggedForFastForwardsAreTheGangsMules() {
        assertThat(replay.forward().precision()).isGreaterThanOrEqualTo(FORWARD_PRECISION_FLOOR);
        assertThat(replay.forward().recall()).isGreaterThanOrEqualTo(FORWARD_RECALL_FLOOR);
    }

    @Test
    void heldAndReviewedPaymentsAreFraudPaymentsAndVictimsAreWarnedBeforePaying() {
        assertThat(replay.contact().precision()).isGreaterThanOrEqualTo(CONTACT_PRECISION_FLOOR);
        assertThat(replay.contact().recall()).isGreaterThanOrEqualTo(CONTACT_RECALL_FLOOR);
        assertThat(replay.warnedShare()).isGreaterThanOrEqualTo(WARNED_FLOOR);
    }

    /** A world streamed through the engine, with what is needed to score it. */
    static final class Replay implements WorldSink {

        private static final String[] OFFICIAL_NUMBERS = {
            "+86110", "+8696110", "+8612381", "+8695588", "+8695555", "+8612110"
        };

        final WorldSettings settings;
        final Population population;
        final IndicatorIndex index = new IndicatorIndex(1 << 16);
        final RiskEngine engine = new RiskEngine(RuleSet.defaults(), new IndexWatchlist(index));
        /**
         * Rule 5 with a day's window instead of 30 minutes, fed the same transfers: not asserted, it shows what a
         * longer window would find here (docs/warning-quality.md says why the defaults keep 30 minutes).
         */
        final RiskEngine dayWindow = new RiskEngine(
                RuleSet.parse("version: 2\nrules:\n  fast-forward:\n    window: 1d\n"), new IndexWatchlist(index));

        final Set<String> dayWindowFlagged = new HashSet<>();
        final RiskEvents adapter = new RiskEvents(this::process);
        final GroundTruth truth = new GroundTruth();
        final Map<String, Transfer.Kind> transferKinds = new HashMap<>();
        final Map<String, Integer> accountLevels = new HashMap<>();
        final Map<String, ScamType> victimTypes = new HashMap<>();
        final Set<String> callers = new HashSet<>();
        final Set<String> forwardingAccounts = new HashSet<>();
        final Map<String, Instant> firstFraudPayment = new HashMap<>();
        final Map<String, Instant> firstWarning = new HashMap<>();
        final List<Decision> decisions = new ArrayList<>();
        /** Seconds of the calls that could be risky contacts (connected, from a listed number or spoofed). */
        final Map<String, Integer> riskyCallSeconds = new HashMap<>();
        /** Per gang account, the times of payments from its new payers, to see how many fall in a window. */
        final Map<String, Deque<Long>> gangInflows = new HashMap<>();

        final Map<String, int[]> mostInflows = new HashMap<>();
        final Map<String, String> fraudPayers = new HashMap<>();
        long events;
        long historyEvents;
        long fraudPayments;
        long nanos;

        Replay(WorldSettings settings) {
            this.settings = settings;
            this.population = new Population(settings);
        }

        static Replay of(WorldSettings settings) {
            Replay replay = new Replay(settings);
            long started = System.nanoTime();
            for (String official : OFFICIAL_NUMBERS) {
                replay.index.put(
                        new Identifier(IndicatorKind.PHONE_NUMBER, official),
                        new IndicatorState(IndicatorStatus.ALLOWLISTED, null, 100, 0, null, Set.of(), 0).pack());
            }
            replay.history();
            new World(settings).generate(replay);
            replay.nanos = System.nanoTime() - started;
            return replay;
        }

        /**
         * Six months of ordinary payments before the world starts, drawn like its background transfers: each day a
         * subscriber pays, at the world's rate, an acquaintance (60%) or a shop (40%). Only the engine's memory of
         * payees comes of it; its decisions are not scored.
         */
        private void history() {
            long start = settings.start().atStartOfDay(World.BEIJING).toEpochSecond();
            int n = population.size();
            for (int day = HISTORY_DAYS; day > 0; day--) {
                SplittableRandom random = Seeds.random(settings.seed(), 99, day);
                long dayStart = start - day * 86_400L;
                List<TransferAttempt> attempts = new ArrayList<>();
                int count = Seeds.poisson(random, n * settings.transfersPerSubscriberDay());
                for (int i = 0; i < count; i++) {
                    Subscriber payer = population.subscriber(random.nextInt(n));
                    boolean shop = random.nextDouble() < 0.4;
                    String payee = shop
                            ? population.merchantAccount(random.nextInt(settings.merchants()))
                            : population
                                    .subscriber(population.acquaintance(
                                            (int) payer.id(), random.nextInt(Population.ACQUAINTANCE_CIRCLE)))
                                    .paymentAccount();
                    long fen = Math.max(100, (long) (Seeds.logNormal(random, shop ? 80 : 200, 1.0) * 100));
                    boolean card = random.nextBoolean();
                    attempts.add(new TransferAttempt(
                            "history-" + day + "-" + i,
                            Instant.ofEpochSecond(dayStart + random.nextInt(86_400)),
                            card ? payer.bankCard() : payer.paymentAccount(),
                            payer.phone(),
                            payee,
                            fen,
                            card ? Channel.ONLINE_BANKING : Channel.MOBILE_APP,
                            payer.cityCode()));
                }
                attempts.sort(Comparator.comparing(TransferAttempt::at));
                attempts.forEach(engine::process);
                attempts.forEach(dayWindow::process);
                historyEvents += attempts.size();
            }
        }

        private void process(RiskEvent event) {
            events++;
            if (event instanceof CallEvent call) {
                callers.add(call.caller());
                if (call.durationSeconds() > 0
                        && (call.route() != CallRoute.DOMESTIC
                                || index.get(new Identifier(IndicatorKind.PHONE_NUMBER, call.caller())) != 0)) {
                    riskyCallSeconds.put(call.id(), call.durationSeconds());
                }
            }
            List<Decision> made = engine.process(event);
            if (event instanceof TransferAttempt transfer) {
                transfer(transfer, made);
            }
            for (Decision decision : made) {
                decisions.add(decision);
                if (decision.subjectKind() == SubjectKind.SUBSCRIBER) {
                    firstWarning.putIfAbsent(decision.subject(), decision.at());
                }
                if (decision.outcome() == Outcome.SUSPECT) {
                    suspect(decision);
                }
            }
        }

        private void transfer(TransferAttempt transfer, List<Decision> made) {
            for (Decision decision : dayWindow.process(transfer)) {
                if (decision.ruleId().equals(RuleSet.FAST_FORWARD)) {
                    dayWindowFlagged.add(decision.subject());
                }
            }
            Transfer.Kind kind = transferKinds.get(transfer.id());
            if (kind == Transfer.Kind.FRAUD_PAYMENT) {
                fraudPayments++;
                if (transfer.payerPhone() != null) {
                    fraudPayers.put(transfer.id(), transfer.payerPhone());
                    firstFraudPayment.putIfAbsent(transfer.payerPhone(), transfer.at());
                }
            }
            if (kind == Transfer.Kind.MULE_FORWARD) {
                forwardingAccounts.add(transfer.payer());
            }
            if (!made.isEmpty() && transfer.payerPhone() != null) {
                firstWarning.putIfAbsent(transfer.payerPhone(), transfer.at());
            }
            Integer level = accountLevels.get(transfer.payee());
            if (level != null) {
                // how many payments reach a gang account within 30 minutes and within a day
                long at = transfer.at().toEpochMilli();
                Deque<Long> inflows = gangInflows.computeIfAbsent(transfer.payee(), a -> new ArrayDeque<>());
                inflows.addLast(at);
                while (inflows.peekFirst() < at - 86_400_000L) {
                    inflows.removeFirst();
                }
                long inHalfHour =
                        inflows.stream().filter(t -> t >= at - 1_800_000L).count();
                int[] most = mostInflows.computeIfAbsent(transfer.payee(), a -> new int[2]);
                most[0] = Math.max(most[0], (int) inHalfHour);
                most[1] = Math.max(most[1], inflows.size());
            }
        }

        /** The registry takes the engine's SUSPECT decisions as SUSPECTED, unless it knows the subject already. */
        private void suspect(Decision decision) {
            IndicatorKind kind = decision.subjectKind() == SubjectKind.NUMBER
                    ? IndicatorKind.PHONE_NUMBER
                    : decision.subject().contains(":") ? IndicatorKind.PAYMENT_ACCOUNT : IndicatorKind.BANK_CARD;
            Identifier identifier = new Identifier(kind, decision.subject());
            if (index.get(identifier) == 0) {
                index.put(
                        identifier,
                        new IndicatorState(
                                        IndicatorStatus.SUSPECTED,
                                        null,
                                        60,
                                        0,
                                        null,
                                        Set.of(IndicatorSource.PARTNER_DETECTION),
                                        0)
                                .pack());
            }
        }

        @Override
        public boolean takesPhoneTraffic() {
            return adapter.takesPhoneTraffic();
        }

        @Override
        public void subscriber(Subscriber subscriber) {
            adapter.subscriber(subscriber);
        }

        @Override
        public void call(Call call) {
            adapter.call(call);
        }

        @Override
        public void extraCall(Call call) {
            adapter.extraCall(call);
        }

        @Override
        public void sms(Sms sms) {
            adapter.sms(sms);
        }

        @Override
        public void linkVisit(LinkVisit visit) {
            adapter.linkVisit(visit);
        }

        @Override
        public void appInstall(AppInstall install) {
            adapter.appInstall(install);
        }

        @Override
        public void transfer(Transfer transfer) {
            transferKinds.put(RiskEvents.transferId(transfer), transfer.kind());
            adapter.transfer(transfer);
        }

        @Override
        public void listing(Listing listing) {
            index.put(
                    new Identifier(listing.kind(), listing.value()),
                    new IndicatorState(
                                    IndicatorStatus.VERIFIED,
                                    listing.scamType(),
                                    90,
                                    0,
                                    null,
                                    Set.of(IndicatorSource.POLICE_LIST),
                                    0)
                            .pack());
        }

        @Override
        public void truth(TruthRecord record) {
            truth.truth(record);
            if (record.entity() == Entity.PAYMENT_ACCOUNT || record.entity() == Entity.BANK_CARD) {
                accountLevels.put(record.id(), Integer.parseInt(record.detail().substring("level=".length())));
            }
            if (record.entity() == Entity.VICTIM) {
                victimTypes.put(record.id(), record.scamType());
            }
        }

        private Set<String> subjects(String ruleId) {
            Set<String> subjects = new HashSet<>();
            decisions.stream().filter(d -> d.ruleId().equals(ruleId)).forEach(d -> subjects.add(d.subject()));
            return subjects;
        }

        /** Rule 4: the numbers it suspected, against the gang numbers that placed calls in the stream. */
        Score burst() {
            Set<String> flagged = subjects(RuleSet.CALLING_BURST);
            long gangCallers = callers.stream()
                    .filter(c -> truth.gangOf(Entity.PHONE_NUMBER, c) >= 0)
                    .count();
            long hits = flagged.stream()
                    .filter(f -> truth.gangOf(Entity.PHONE_NUMBER, f) >= 0)
                    .count();
            return new Score(hits, flagged.size() - hits, gangCallers - hits);
        }

        /** Rule 5: the accounts it suspected, against the gang accounts that passed money on in the stream. */
        Score forward() {
            Set<String> flagged = subjects(RuleSet.FAST_FORWARD);
            long hits = flagged.stream().filter(accountLevels::containsKey).count();
            long forwarding = forwardingAccounts.stream()
                    .filter(accountLevels::containsKey)
                    .count();
            return new Score(hits, flagged.size() - hits, forwarding - hits);
        }

        private List<Decision> held() {
            return decisions.stream()
                    .filter(d -> d.ruleId().equals(RuleSet.CONTACT_THEN_NEW_PAYEE))
                    .filter(d -> d.outcome() == Outcome.HOLD || d.outcome() == Outcome.REVIEW)
                    .toList();
        }

        /** Rule 2: its HOLD and REVIEW decisions, against the fraud payments. */
        Score contact() {
            List<Decision> held = held();
            long hits = held.stream()
                    .filter(d -> transferKinds.get(d.eventId()) == Transfer.Kind.FRAUD_PAYMENT)
                    .count();
            return new Score(hits, held.size() - hits, fraudPayments - hits);
        }

        /** The share of victims with a decision about them on or before their first fraud payment. */
        double warnedShare() {
            return (double) warned() / victimTypes.size();
        }

        private long warned() {
            long warned = 0;
            for (String victim : victimTypes.keySet()) {
                Instant paid = firstFraudPayment.get(victim);
                Instant warning = firstWarning.get(victim);
                if (paid != null && warning != null && !warning.isAfter(paid)) {
                    warned++;
                }
            }
            return warned;
        }

        void print() {
            System.out.printf(
                    Locale.ROOT,
                    "%s: %,d history events and %,d events of the world in %.1f s, %,d decisions; %,d world elements"
                            + " left out%n",
                    settings.days() + " days, " + settings.subscribers() + " subscribers, " + settings.gangs()
                            + " gangs",
                    historyEvents,
                    events,
                    nanos / 1e9,
                    decisions.size(),
                    adapter.leftOut());
            Map<String, Long> counts = new TreeMap<>();
            decisions.forEach(d -> counts.merge(d.ruleId() + " " + d.outcome(), 1L, Long::sum));
            System.out.println("decisions by rule and outcome: " + counts);

            Set<String> burstFlagged = subjects(RuleSet.CALLING_BURST);
            Map<String, Long> burstMisses = new TreeMap<>();
            Set<String> subscriberPhones = new HashSet<>();
            for (int i = 0; i < population.size(); i++) {
                subscriberPhones.add(population.phone(i));
            }
            Map<String, String> lines = new HashMap<>();
            int couriers = Math.max(1, population.size() / 1_000);
            for (int k = 0; k < couriers + Math.max(1, population.size() / 4_000); k++) {
                lines.put(MobileNumbers.subscriber(population.size() + k), k < couriers ? "courier" : "sales line");
            }
            for (String number : burstFlagged) {
                if (truth.gangOf(Entity.PHONE_NUMBER, number) < 0) {
                    burstMisses.merge(
                            subscriberPhones.contains(number) ? "subscriber" : lines.getOrDefault(number, "other"),
                            1L,
                            Long::sum);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "rule 4 calling-burst: %s over the %,d gang numbers that placed calls; %,d decisions on %,d"
                            + " numbers; false positives: %s%n",
                    burst(),
                    burst().truePositives() + burst().falseNegatives(),
                    decisions.stream()
                            .filter(d -> d.ruleId().equals(RuleSet.CALLING_BURST))
                            .count(),
                    burstFlagged.size(),
                    burstMisses);

            Set<String> forwardFlagged = subjects(RuleSet.FAST_FORWARD);
            System.out.printf(
                    Locale.ROOT, "rule 5 fast-forward: %s over gang accounts that passed money on%n", forward());
            long dayHits =
                    dayWindowFlagged.stream().filter(accountLevels::containsKey).count();
            long dayLevel1 = dayWindowFlagged.stream()
                    .filter(a -> Integer.valueOf(1).equals(accountLevels.get(a)))
                    .count();
            System.out.printf(
                    Locale.ROOT,
                    "  with a 1-day window (not the default): %s, %,d of them on level 1%n",
                    new Score(
                            dayHits,
                            dayWindowFlagged.size() - dayHits,
                            forward().truePositives() + forward().falseNegatives() - dayHits),
                    dayLevel1);
            Map<Integer, long[]> levels = new TreeMap<>();
            accountLevels.forEach((account, level) -> {
                long[] c = levels.computeIfAbsent(level, l -> new long[6]);
                c[0]++;
                c[1] += forwardingAccounts.contains(account) ? 1 : 0;
                c[2] += forwardFlagged.contains(account) ? 1 : 0;
                int[] most = mostInflows.getOrDefault(account, new int[2]);
                c[3] += most[0] >= 3 ? 1 : 0;
                c[4] += most[1] >= 3 ? 1 : 0;
            });
            levels.forEach((level, c) -> System.out.printf(
                    Locale.ROOT,
                    "  level %d: %d accounts, %d passed money on, %d flagged; %d ever received 3 payments within 30"
                            + " minutes, %d within a day%n",
                    level,
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    c[4]));

            List<Decision> held = held();
            Map<String, long[]> byReason = new TreeMap<>();
            long[] shortCallsOnly = new long[2];
            for (Decision d : held) {
                boolean fraud = transferKinds.get(d.eventId()) == Transfer.Kind.FRAUD_PAYMENT;
                int side = fraud ? 0 : 1;
                d.reasons().stream()
                        .skip(1)
                        .map(RuleReason::code)
                        .distinct()
                        .forEach(code -> byReason.computeIfAbsent(code, k -> new long[2])[side]++);
                // evidence resting only on connected calls shorter than a minute
                boolean onlyShortCalls = d.evidence().stream()
                        .limit(d.evidence().size() - 1)
                        .allMatch(id -> riskyCallSeconds.getOrDefault(id, Integer.MAX_VALUE) < 60);
                if (onlyShortCalls) {
                    shortCallsOnly[side]++;
                }
            }
            Map<Transfer.Kind, Long> heldKinds = new EnumMap<>(Transfer.Kind.class);
            held.forEach(d -> heldKinds.merge(transferKinds.get(d.eventId()), 1L, Long::sum));
            System.out.printf(
                    Locale.ROOT,
                    "rule 2 contact-then-new-payee, HOLD or REVIEW: %s over %,d fraud payments; on transfers of kind"
                            + " %s%n",
                    contact(),
                    fraudPayments,
                    heldKinds);
            byReason.forEach((code, c) ->
                    System.out.printf(Locale.ROOT, "  %s: on %,d fraud payments and %,d others%n", code, c[0], c[1]));
            System.out.printf(
                    Locale.ROOT,
                    "  resting only on calls under 60 s: %,d on fraud payments, %,d on others%n",
                    shortCallsOnly[0],
                    shortCallsOnly[1]);
            Set<String> heldIds = new HashSet<>();
            held.forEach(d -> heldIds.add(d.eventId()));
            Map<ScamType, long[]> paymentsByType = new EnumMap<>(ScamType.class);
            fraudPayers.forEach((id, payer) -> {
                ScamType type = victimTypes.get(payer);
                if (type == null) {
                    return; // a victim whose last payment falls after the world's end has no truth record
                }
                long[] c = paymentsByType.computeIfAbsent(type, t -> new long[2]);
                c[0]++;
                c[1] += heldIds.contains(id) ? 1 : 0;
            });
            paymentsByType.forEach((type, c) -> System.out.printf(
                    Locale.ROOT,
                    "  fraud payments of %s: %,d of %,d held or reviewed (%.3f)%n",
                    type,
                    c[1],
                    c[0],
                    (double) c[1] / c[0]));
            Map<ScamType, long[]> byType = new EnumMap<>(ScamType.class);
            System.out.printf(
                    Locale.ROOT,
                    "victims with a decision about them on or before their first fraud payment: %,d of %,d (%.3f)%n",
                    warned(),
                    victimTypes.size(),
                    warnedShare());
            for (Map.Entry<String, ScamType> victim : victimTypes.entrySet()) {
                long[] c = byType.computeIfAbsent(victim.getValue(), t -> new long[2]);
                c[0]++;
                Instant paid = firstFraudPayment.get(victim.getKey());
                Instant warning = firstWarning.get(victim.getKey());
                c[1] += paid != null && warning != null && !warning.isAfter(paid) ? 1 : 0;
            }
            byType.forEach((type, c) -> System.out.printf(
                    Locale.ROOT, "  %s: %,d of %,d (%.3f)%n", type, c[1], c[0], (double) c[1] / c[0]));
        }
    }
}

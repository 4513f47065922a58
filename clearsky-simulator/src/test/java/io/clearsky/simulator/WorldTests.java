package io.clearsky.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.clearsky.core.identifier.BankCards;
import io.clearsky.core.identifier.ChatAccounts;
import io.clearsky.core.identifier.Domains;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.identifier.PaymentAccounts;
import io.clearsky.core.identifier.PhoneNumbers;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.simulator.TruthRecord.Entity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorldTests {

    private static final WorldSettings SMALL = WorldSettings.small(7);
    private static RecordingSink world;

    @BeforeAll
    static void makeTheSmallWorld() {
        world = new RecordingSink();
        new World(SMALL.withBackground(0.5, 0.3, 0.2)).generate(world);
    }

    @Test
    void theSameSeedMakesTheSameWorldAndAnotherSeedAnother() throws Exception {
        WorldSettings settings = SMALL.withDays(4).withSubscribers(3_000);
        String first = digest(settings);
        assertThat(digest(settings)).isEqualTo(first);
        assertThat(digest(settings.withSeed(8))).isNotEqualTo(first);
    }

    @Test
    void eventsComeInTimeOrder() {
        WorldStatistics statistics = new WorldStatistics();
        new World(SMALL.withDays(3).withSubscribers(2_000)).generate(statistics);
        assertThat(statistics.inTimeOrder()).isTrue();
        assertThat(statistics.calls()).isPositive();
        assertThat(statistics.transfers(Transfer.Kind.FRAUD_PAYMENT)).isPositive();
    }

    @Test
    void casesFollowTheConfiguredScamTypeMix() {
        Map<ScamType, Long> victims = new HashMap<>();
        world.truth.stream()
                .filter(t -> t.entity() == Entity.VICTIM)
                .forEach(t -> victims.merge(t.scamType(), 1L, Long::sum));
        long total = victims.values().stream().mapToLong(Long::longValue).sum();
        assertThat(total).isGreaterThan(1_000);
        for (ScamType type : List.of(ScamType.BRUSHING_REBATE, ScamType.FAKE_INVESTMENT, ScamType.FAKE_LOAN)) {
            double share = victims.getOrDefault(type, 0L) / (double) total;
            assertThat(share).as(type.name()).isCloseTo(WorldSettings.REAL_MIX.get(type), within(0.05));
        }
        ScamType mostCommon = victims.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        assertThat(mostCommon).isEqualTo(ScamType.BRUSHING_REBATE);
    }

    @Test
    void gangsRotateTheirNumbersAndCallOnlyFromNumbersInUse() {
        Map<String, Instant[]> windows = new HashMap<>();
        Map<Integer, Integer> numbersPerGang = new HashMap<>();
        for (TruthRecord t : world.truth) {
            if (t.entity() == Entity.PHONE_NUMBER) {
                Map<String, String> detail = detail(t.detail());
                windows.put(
                        t.id(),
                        new Instant[] {Instant.parse(detail.get("activeFrom")), Instant.parse(detail.get("activeTo"))});
                numbersPerGang.merge(t.gang(), 1, Integer::sum);
            }
        }
        // every gang went through more numbers than it holds at once
        assertThat(numbersPerGang.values()).allSatisfy(n -> assertThat(n).isGreaterThan(SMALL.numberSlots()));
        long gangCalls = 0;
        for (Call call : world.calls) {
            Instant[] window = windows.get(call.trueCaller());
            if (window != null) {
                gangCalls++;
                assertThat(call.time()).isAfterOrEqualTo(window[0]).isBefore(window[1]);
            }
        }
        assertThat(gangCalls).isGreaterThan(1_000);
    }

    @Test
    void policeListsGoStaleAsGangsRotate() {
        Instant end =
                SMALL.start().plusDays(SMALL.days()).atStartOfDay(World.BEIJING).toInstant();
        Map<String, Instant> activeTo = new HashMap<>();
        world.truth.stream()
                .filter(t -> t.entity() == Entity.PHONE_NUMBER)
                .forEach(t ->
                        activeTo.put(t.id(), Instant.parse(detail(t.detail()).get("activeTo"))));
        Set<String> listed = new HashSet<>();
        world.listings.forEach(l -> listed.add(l.value()));
        assertThat(listed).hasSizeGreaterThan(SMALL.historicalListings());
        assertThat(activeTo.keySet()).containsAll(listed);
        long stillActive =
                listed.stream().filter(n -> activeTo.get(n).isAfter(end)).count();
        // the real programme: 57 of 1,900 listed numbers still active (3%)
        assertThat(stillActive / (double) listed.size()).isLessThan(0.10);
        assertThat(stillActive).isPositive();
    }

    @Test
    void stolenMoneyMovesDownThreeLevelsOfMuleAccountsWithinMinutes() {
        Map<String, Integer> level = new HashMap<>();
        world.truth.stream()
                .filter(t -> t.entity() == Entity.BANK_CARD || t.entity() == Entity.PAYMENT_ACCOUNT)
                .forEach(t ->
                        level.put(t.id(), Integer.parseInt(detail(t.detail()).get("level"))));
        Map<String, Long> in = new HashMap<>();
        Map<String, Long> out = new HashMap<>();
        Map<String, Instant> lastPaymentIn = new HashMap<>();
        Map<String, Integer> receiptsSinceSweep = new HashMap<>();
        int merges = 0;
        int forwardsFromLevel1 = 0;
        for (Transfer t : world.transfers) {
            switch (t.kind()) {
                case FRAUD_PAYMENT -> {
                    assertThat(level.get(t.to())).isEqualTo(1);
                    assertThat(level).doesNotContainKey(t.from());
                    lastPaymentIn.put(t.to(), t.time());
                }
                case MULE_FORWARD -> {
                    int from = level.get(t.from());
                    assertThat(level.get(t.to())).isEqualTo(from + 1);
                    if (from == 1) {
                        forwardsFromLevel1++;
                        // the first part leaves within 30 minutes, the others a minute or so apart
                        assertThat(Duration.between(lastPaymentIn.get(t.from()), t.time()))
                                .isLessThanOrEqualTo(Duration.ofMinutes(33));
                        receiptsSinceSweep.merge(t.to(), 1, Integer::sum);
                    } else {
                        Integer gathered = receiptsSinceSweep.remove(t.from());
                        if (gathered != null && gathered > 1) {
                            merges++;
                        }
                    }
                }
                case CASH_WITHDRAWAL -> {
                    assertThat(level.get(t.from())).isEqualTo(3);
                    assertThat(t.to()).startsWith("cash:");
                }
                default -> {
                    assertThat(level).doesNotContainKey(t.to());
                }
            }
            in.merge(t.to(), t.amountFen(), Long::sum);
            out.merge(t.from(), t.amountFen(), Long::sum);
            if (level.containsKey(t.from())) {
                assertThat(out.get(t.from())).as("out of " + t.from()).isLessThanOrEqualTo(in.get(t.from()));
            }
        }
        long payments = world.transfers.stream()
                .filter(t -> t.kind() == Transfer.Kind.FRAUD_PAYMENT)
                .count();
        assertThat(forwardsFromLevel1).as("payments are split").isGreaterThan((int) payments);
        assertThat(merges).as("second-level sweeps that merge several payments").isPositive();
    }

    @Test
    void reportsComeLateWithNoisyDetailsAndPointToTheirGang() {
        GroundTruth truth = new GroundTruth();
        world.truth.forEach(truth::truth);
        Set<String> formats = new HashSet<>();
        int wrongDigit = 0;
        int phones = 0;
        for (Report report : world.reports) {
            assertThat(truth.gangOf(Entity.REPORT, report.id())).isNotNegative();
            for (Report.Reported reported : report.identifiers()) {
                if (reported.kind() == IndicatorKind.PHONE_NUMBER) {
                    phones++;
                    formats.add(reported.value().replaceAll("\\d", "9"));
                    String e164 = parse(reported.value());
                    if (truth.gangOf(Entity.PHONE_NUMBER, e164) < 0) {
                        wrongDigit++;
                    }
                }
            }
        }
        assertThat(world.reports).hasSizeGreaterThan(500);
        assertThat(formats).hasSizeGreaterThanOrEqualTo(5);
        // a reported number misses its gang when a digit slipped (5%) or the call was spoofed from abroad
        assertThat(wrongDigit / (double) phones).isBetween(0.03, 0.4);
    }

    @Test
    void everyIdentifierTheWorldMakesIsValid() {
        for (Subscriber s : world.subscribers.subList(0, 5_000)) {
            assertThat(PhoneNumbers.parse(s.phone()).e164()).isEqualTo(s.phone());
            assertThat(BankCards.parse(s.bankCard())).isEqualTo(s.bankCard());
            assertThat(PaymentAccounts.parse(s.paymentAccount())).isEqualTo(s.paymentAccount());
        }
        assertThat(world.subscribers.stream().map(Subscriber::phone).distinct().count())
                .isEqualTo(SMALL.subscribers());
        for (TruthRecord t : world.truth) {
            switch (t.entity()) {
                case PHONE_NUMBER ->
                    assertThat(PhoneNumbers.parse(t.id()).e164()).isEqualTo(t.id());
                case BANK_CARD -> assertThat(BankCards.parse(t.id())).isEqualTo(t.id());
                case PAYMENT_ACCOUNT ->
                    assertThat(PaymentAccounts.parse(t.id())).isEqualTo(t.id());
                case CHAT_ACCOUNT -> assertThat(ChatAccounts.parse(t.id())).isEqualTo(t.id());
                case DOMAIN -> assertThat(Domains.parse(t.id())).isEqualTo(t.id());
                default -> {}
            }
        }
        Set<String> subscriberPhones = new HashSet<>();
        world.subscribers.forEach(s -> subscriberPhones.add(s.phone()));
        assertThat(world.truth)
                .filteredOn(t -> t.entity() == Entity.PHONE_NUMBER)
                .noneMatch(t -> subscriberPhones.contains(t.id()));
    }

    @Test
    void manyGeneratedNumbersOnEveryPrefixAreValidMobiles() {
        List<String> numbers = new ArrayList<>();
        for (long i = 0; i < 20_000; i++) {
            numbers.add(MobileNumbers.subscriber(i * 7_919));
            numbers.add(MobileNumbers.gang(i * 10_007, i % 3 == 0));
        }
        assertThat(numbers)
                .allSatisfy(n -> assertThat(PhoneNumbers.parse(n).e164()).isEqualTo(n));
        assertThat(new HashSet<>(numbers)).hasSameSizeAs(numbers);
    }

    private static String parse(String reportedPhone) {
        try {
            return PhoneNumbers.parse(reportedPhone).e164();
        } catch (RuntimeException e) {
            throw new AssertionError("reported phone number '" + reportedPhone + "': " + e.getMessage(), e);
        }
    }

    private static Map<String, String> detail(String detail) {
        Map<String, String> values = new HashMap<>();
        for (String pair : detail.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return values;
    }

    private static String digest(WorldSettings settings) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        RecordingSink sink = new RecordingSink();
        new World(settings).generate(sink);
        for (Object element : sink.everything) {
            sha.update(element.toString().getBytes(StandardCharsets.UTF_8));
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }
}

package io.clearsky.core.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FundTracerTests {

    private static final long T0 = Instant.parse("2026-11-20T09:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    private static long yuan(long y) {
        return y * 100;
    }

    private static Map<String, Trace.Account> byName(Trace trace) {
        return trace.accounts().stream().collect(Collectors.toMap(Trace.Account::account, Function.identity()));
    }

    /** DESIGN §1.4: 120,000 yuan moves through three levels, splitting and merging, and is all found at the third. */
    @Test
    void theVictims120000YuanIsFoundInFullAtTheThirdLevel() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "alipay:shop", "alipay:L1", T0 - 60 * MINUTE, yuan(8_000)) // clean money, earlier
                .add(2, "alipay:L1", "bank:landlord", T0 - 30 * MINUTE, yuan(8_000)) // left before the victim paid
                .add(3, "bank:victim", "alipay:L1", T0, yuan(120_000))
                .add(4, "alipay:L1", "bank:L2a", T0 + 4 * MINUTE, yuan(50_000))
                .add(5, "alipay:L1", "bank:L2b", T0 + 5 * MINUTE, yuan(70_000))
                .add(6, "bank:L2a", "bank:L3a", T0 + 9 * MINUTE, yuan(30_000))
                .add(7, "bank:L2a", "bank:L3b", T0 + 10 * MINUTE, yuan(20_000))
                .add(8, "bank:L2b", "bank:L3b", T0 + 11 * MINUTE, yuan(40_000)) // merge
                .add(9, "bank:L2b", "bank:L3c", T0 + 12 * MINUTE, yuan(30_000))
                .build();

        Trace trace = FundTracer.fromTransfer(graph, 3, TraceSettings.DEFAULT);

        Map<String, Trace.Account> accounts = byName(trace);
        assertThat(accounts.get("alipay:L1").level()).isEqualTo(1);
        assertThat(accounts.get("bank:L2a").level()).isEqualTo(2);
        assertThat(accounts.get("bank:L3b").level()).isEqualTo(3);
        assertThat(accounts).doesNotContainKey("bank:landlord");
        assertThat(trace.freezePlan())
                .extracting(Trace.Account::account, Trace.Account::residualFen)
                .containsExactly(
                        tuple("bank:L3b", yuan(60_000)),
                        tuple("bank:L3a", yuan(30_000)),
                        tuple("bank:L3c", yuan(30_000)));
        assertThat(trace.freezableFen()).isEqualTo(yuan(120_000));
        assertThat(trace.depth()).isEqualTo(3);
        assertThat(trace.transfers()).extracting(Trace.Transfer::reference).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void onlyTransfersAfterTheMoneyArrivedCarryIt() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "a", "early", T0 - MINUTE, yuan(100))
                .add(2, "victim", "a", T0, yuan(1_000))
                .add(3, "a", "late", T0 + MINUTE, yuan(400))
                .build();

        Trace trace = FundTracer.fromTransfer(graph, 2, TraceSettings.DEFAULT);

        assertThat(byName(trace)).containsOnlyKeys("a", "late");
        assertThat(byName(trace).get("late").residualFen()).isEqualTo(yuan(400));
        assertThat(byName(trace).get("a").residualFen()).isEqualTo(yuan(600));
    }

    @Test
    void firstInFirstOutSpendsOlderMoneyFirstWhileProportionalSpreadsTheTracedShare() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "salary", "a", T0 - MINUTE, yuan(100))
                .add(2, "victim", "a", T0, yuan(100))
                .add(3, "a", "b", T0 + MINUTE, yuan(100))
                .build();

        Trace fifo = FundTracer.fromTransfer(graph, 2, TraceSettings.DEFAULT);
        Trace proportional =
                FundTracer.fromTransfer(graph, 2, TraceSettings.DEFAULT.withApportionment(Apportionment.PROPORTIONAL));

        assertThat(byName(fifo).get("a").residualFen()).isEqualTo(yuan(100));
        assertThat(byName(fifo)).doesNotContainKey("b");
        assertThat(byName(proportional).get("a").residualFen()).isEqualTo(yuan(50));
        assertThat(byName(proportional).get("b").residualFen()).isEqualTo(yuan(50));
    }

    @Test
    void moneyTakenOutBeyondWhatIsOnRecordIsNotTraced() {
        // the account held money before the first transfer on record; the trace does not know how much
        TransferGraph graph = TransferGraph.builder()
                .add(1, "victim", "a", T0, yuan(100))
                .add(2, "a", "b", T0 + MINUTE, yuan(300))
                .build();

        Trace trace = FundTracer.fromTransfer(graph, 1, TraceSettings.DEFAULT);

        assertThat(byName(trace).get("b").receivedFen()).isEqualTo(yuan(100));
        assertThat(trace.transfers().get(1).tracedFen()).isEqualTo(yuan(100));
    }

    @Test
    void theDepthLimitCountsWhatLeavesTheLastLevelAsUntraced() {
        TransferGraph.Builder builder = TransferGraph.builder().add(0, "victim", "m1", T0, yuan(500));
        for (int i = 1; i <= 5; i++) {
            builder.add(i, "m" + i, "m" + (i + 1), T0 + i * MINUTE, yuan(500));
        }

        Trace trace = FundTracer.fromTransfer(builder.build(), 0, TraceSettings.DEFAULT.withMaxDepth(3));

        assertThat(trace.depth()).isEqualTo(3);
        assertThat(byName(trace).get("m3").untracedFen()).isEqualTo(yuan(500));
        assertThat(byName(trace)).doesNotContainKey("m4");
        assertThat(trace.transfers())
                .filteredOn(t -> !t.followed())
                .extracting(Trace.Transfer::to)
                .containsExactly("m4");
        assertThat(trace.freezePlan()).isEmpty();
        assertBalanced(trace);
    }

    @Test
    void theFanOutLimitFollowsTheFirstPayeesOnly() {
        TransferGraph.Builder builder = TransferGraph.builder().add(0, "victim", "a", T0, yuan(500));
        for (int i = 1; i <= 5; i++) {
            builder.add(i, "a", "p" + i, T0 + i * MINUTE, yuan(100));
        }

        Trace trace = FundTracer.fromTransfer(builder.build(), 0, TraceSettings.DEFAULT.withMaxFanOut(2));

        assertThat(byName(trace)).containsOnlyKeys("a", "p1", "p2");
        assertThat(byName(trace).get("a").untracedFen()).isEqualTo(yuan(300));
        assertBalanced(trace);
    }

    @Test
    void aHubIsFlaggedWithWhatReachedItAndNotFollowed() {
        TransferGraph.Builder builder = TransferGraph.builder()
                .add(0, "victim", "mule", T0, yuan(900))
                .add(1, "mule", "exchange", T0 + MINUTE, yuan(900))
                .add(2, "exchange", "somebody", T0 + 2 * MINUTE, yuan(900));
        for (int i = 0; i < 20; i++) {
            builder.add(100 + i, "customer" + i, "exchange", T0 - i * MINUTE, yuan(10));
        }

        Trace trace = FundTracer.fromTransfer(builder.build(), 0, TraceSettings.DEFAULT.withHubMinTransfers(10));

        Trace.Account exchange = byName(trace).get("exchange");
        assertThat(exchange.hub()).isTrue();
        assertThat(exchange.receivedFen()).isEqualTo(yuan(900));
        assertThat(byName(trace)).doesNotContainKey("somebody");
        assertThat(trace.freezePlan()).isEmpty();
        assertBalanced(trace);
    }

    @Test
    void anAmountThatReachedAnAccountIsTracedFromThatMoment() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "a", "before", T0 - MINUTE, yuan(50))
                .add(2, "a", "after", T0 + MINUTE, yuan(70))
                .build();

        Trace trace = FundTracer.fromAccount(graph, "a", T0, yuan(100), TraceSettings.DEFAULT);

        assertThat(byName(trace)).containsOnlyKeys("a", "after");
        assertThat(byName(trace).get("a").residualFen()).isEqualTo(yuan(30));
        assertThat(byName(trace).get("after").residualFen()).isEqualTo(yuan(70));
    }

    @Test
    void transfersAfterTheTracesEndAreNotLookedAt() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "victim", "a", T0, yuan(100))
                .add(2, "a", "b", T0 + 10 * MINUTE, yuan(100))
                .build();

        Trace trace = FundTracer.fromTransfer(graph, 1, TraceSettings.DEFAULT.until(T0 + 5 * MINUTE));

        assertThat(byName(trace)).containsOnlyKeys("a");
        assertThat(byName(trace).get("a").residualFen()).isEqualTo(yuan(100));
        assertThatThrownBy(() -> FundTracer.fromTransfer(graph, 2, TraceSettings.DEFAULT.until(T0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyGoingRoundInACircleIsFollowedInTimeOrder() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "victim", "a", T0, yuan(100))
                .add(2, "a", "b", T0 + MINUTE, yuan(100))
                .add(3, "b", "a", T0 + 2 * MINUTE, yuan(100))
                .add(4, "a", "c", T0 + 3 * MINUTE, yuan(100))
                .build();

        Trace trace = FundTracer.fromTransfer(graph, 1, TraceSettings.DEFAULT);

        assertThat(trace.freezePlan())
                .singleElement()
                .satisfies(a -> assertThat(a.account()).isEqualTo("c"))
                .satisfies(a -> assertThat(a.level()).isEqualTo(2));
        assertBalanced(trace);
    }

    @Test
    void unknownSeedsAreRefused() {
        TransferGraph graph =
                TransferGraph.builder().add(1, "a", "b", T0, yuan(1)).build();

        assertThatThrownBy(() -> FundTracer.fromTransfer(graph, 99, TraceSettings.DEFAULT))
                .hasMessageContaining("99");
        assertThatThrownBy(() -> FundTracer.fromAccount(graph, "nobody", T0, 1, TraceSettings.DEFAULT))
                .hasMessageContaining("nobody");
        assertThatThrownBy(() -> FundTracer.fromAccount(graph, "a", T0, 0, TraceSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMuleAccountsFundersAreFoundLevelByLevelBeforeTheMomentAsked() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "bank:victim1", "alipay:mule", T0, yuan(20_000))
                .add(2, "bank:victim2", "alipay:mule", T0 + MINUTE, yuan(5_000))
                .add(3, "bank:victim3", "alipay:mule", T0 + 90 * MINUTE, yuan(9_000)) // after the moment asked
                .add(4, "bank:payroll", "bank:victim1", T0 - 60 * MINUTE, yuan(30_000))
                .add(5, "bank:aunt", "bank:victim1", T0 + 5 * MINUTE, yuan(1_000)) // after victim1 paid
                .add(6, "alipay:mule", "bank:next", T0 + 2 * MINUTE, yuan(25_000))
                .build();

        assertThat(FundTracer.funders(graph, "alipay:mule", T0 + 60 * MINUTE, TraceSettings.DEFAULT))
                .containsExactly(
                        new FundTracer.Funder("bank:victim1", 1, yuan(20_000), false),
                        new FundTracer.Funder("bank:victim2", 1, yuan(5_000), false),
                        new FundTracer.Funder("bank:payroll", 2, yuan(30_000), false));
        assertThat(FundTracer.funders(graph, "alipay:mule", T0 + 60 * MINUTE, TraceSettings.DEFAULT.withMaxDepth(1)))
                .extracting(FundTracer.Funder::account)
                .containsExactly("bank:victim1", "bank:victim2");
    }

    @Test
    void aHubAmongTheFundersIsListedButNotFollowed() {
        TransferGraph.Builder builder = TransferGraph.builder()
                .add(1, "exchange", "mule", T0, yuan(700))
                .add(2, "whoever", "exchange", T0 - MINUTE, yuan(700));
        for (int i = 0; i < 20; i++) {
            builder.add(100 + i, "exchange", "customer" + i, T0 - (i + 2) * MINUTE, yuan(1));
        }

        assertThat(FundTracer.funders(
                        builder.build(), "mule", T0 + MINUTE, TraceSettings.DEFAULT.withHubMinTransfers(10)))
                .containsExactly(new FundTracer.Funder("exchange", 1, yuan(700), true));
    }

    /** Money a mule withdraws in cash has left the banking system: reported as withdrawn, never to be frozen. */
    @Test
    void aMuleCashingOutShowsTheWithdrawalAndTheFreezePlanLeavesItOut() {
        TransferGraph.Builder builder = TransferGraph.builder()
                .add(1, "bank:victim", "alipay:L1", T0, yuan(100_000))
                .add(2, "alipay:L1", "bank:L2", T0 + 5 * MINUTE, yuan(100_000))
                .add(3, "bank:L2", "bank:L3", T0 + 10 * MINUTE, yuan(60_000))
                .add(4, "bank:L3", "cash:350200", T0 + 20 * MINUTE, yuan(25_000))
                // the cash point is busy (past the hub threshold) and pays deposits out: neither matters
                .add(5, "cash:350200", "bank:someone", T0 + 30 * MINUTE, yuan(25_000));
        for (int i = 0; i < 20; i++) {
            builder.add(100 + i, "bank:customer" + i, "cash:350200", T0 - (i + 1) * MINUTE, yuan(10));
        }

        Trace trace = FundTracer.fromTransfer(builder.build(), 1, TraceSettings.DEFAULT.withHubMinTransfers(10));

        Trace.Account cash = byName(trace).get("cash:350200");
        assertThat(cash.cash()).isTrue();
        assertThat(cash.hub()).isFalse();
        assertThat(cash.level()).isEqualTo(4);
        assertThat(cash.withdrawnFen()).isEqualTo(yuan(25_000));
        assertThat(cash.residualFen()).isZero();
        assertThat(byName(trace)).doesNotContainKey("bank:someone");
        assertThat(byName(trace).get("bank:L3").withdrawnFen()).isZero();
        assertThat(trace.withdrawnFen()).isEqualTo(yuan(25_000));
        assertThat(trace.freezePlan())
                .extracting(Trace.Account::account, Trace.Account::residualFen)
                .containsExactly(tuple("bank:L2", yuan(40_000)), tuple("bank:L3", yuan(35_000)));
        assertThat(trace.freezableFen()).isEqualTo(yuan(75_000));
        assertBalanced(trace);
    }

    @Test
    void moneyTracedFromACashPointIsAllWithdrawn() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "bank:a", "cash:350200", T0, yuan(300))
                .add(2, "cash:350200", "bank:b", T0 + MINUTE, yuan(300))
                .build();

        Trace fromWithdrawal = FundTracer.fromTransfer(graph, 1, TraceSettings.DEFAULT);
        Trace fromCashPoint = FundTracer.fromAccount(graph, "cash:350200", T0, yuan(300), TraceSettings.DEFAULT);

        for (Trace trace : List.of(fromWithdrawal, fromCashPoint)) {
            assertThat(trace.accounts())
                    .singleElement()
                    .satisfies(a -> assertThat(a.cash()).isTrue());
            assertThat(trace.withdrawnFen()).isEqualTo(yuan(300));
            assertThat(trace.freezePlan()).isEmpty();
            assertThat(trace.freezableFen()).isZero();
            assertBalanced(trace);
        }
    }

    @Test
    void aCashDepositAmongTheFundersIsListedButNotFollowed() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "bank:somebody", "cash:350200", T0 - 10 * MINUTE, yuan(900))
                .add(2, "cash:350200", "mule", T0, yuan(700))
                .build();

        assertThat(FundTracer.funders(graph, "mule", T0 + MINUTE, TraceSettings.DEFAULT))
                .containsExactly(new FundTracer.Funder("cash:350200", 1, yuan(700), false));
    }

    /** Random graphs, both methods: every traced fen is in one place, and no transfer carries more than it moved. */
    @Test
    void everyTracedFenIsAccountedForExactlyOnce() {
        Random random = new Random(20261124);
        for (int round = 0; round < 300; round++) {
            TransferGraph.Builder builder = TransferGraph.builder();
            int accounts = 3 + random.nextInt(25);
            int transfers = 1 + random.nextInt(200);
            for (int i = 0; i < transfers; i++) {
                builder.add(
                        i,
                        randomAccount(random, accounts),
                        randomAccount(random, accounts),
                        T0 + random.nextInt(100) * MINUTE,
                        1 + random.nextInt(1_000_000));
            }
            TransferGraph graph = builder.build();
            TraceSettings settings = new TraceSettings(
                    random.nextBoolean() ? Apportionment.FIFO : Apportionment.PROPORTIONAL,
                    1 + random.nextInt(6),
                    1 + random.nextInt(5),
                    2 + random.nextInt(60),
                    random.nextBoolean() ? Long.MAX_VALUE : T0 + random.nextInt(100) * MINUTE);
            long seed = random.nextInt(transfers);
            int seedTransfer = graph.transferByReference(seed).orElseThrow();
            if (graph.time(seedTransfer) > settings.untilMillis()) {
                continue;
            }
            Trace trace = FundTracer.fromTransfer(graph, seed, settings);

            assertBalanced(trace);
            assertThat(trace.transfers()).allSatisfy(t -> {
                assertThat(t.tracedFen()).isBetween(1L, t.amountFen());
                assertThat(t.epochMillis()).isGreaterThanOrEqualTo(graph.time(seedTransfer));
                assertThat(t.epochMillis()).isLessThanOrEqualTo(settings.untilMillis());
            });
            assertThat(trace.depth()).isLessThanOrEqualTo(settings.maxDepth());
        }
    }

    /** One of {@code accounts} accounts, one in ten a cash point (of three). */
    private static String randomAccount(Random random, int accounts) {
        return random.nextInt(10) == 0 ? "cash:" + random.nextInt(3) : "acct" + random.nextInt(accounts);
    }

    /** Every traced fen is in exactly one place: residual + untraced + hubs + withdrawn == traced. */
    private static void assertBalanced(Trace trace) {
        long held = 0;
        long withdrawn = 0;
        for (Trace.Account a : trace.accounts()) {
            if (a.cash()) {
                withdrawn += a.withdrawnFen();
                assertThat(a.hub()).isFalse();
                assertThat(a.withdrawnFen()).isEqualTo(a.receivedFen());
                assertThat(a.forwardedFen() + a.untracedFen() + a.residualFen()).isZero();
            } else if (a.hub()) {
                held += a.receivedFen();
                assertThat(a.forwardedFen() + a.untracedFen() + a.residualFen()).isZero();
            } else {
                held += a.residualFen() + a.untracedFen();
                assertThat(a.forwardedFen() + a.untracedFen() + a.residualFen())
                        .as("%s: what came in went on, was left untraced, or is still there", a.account())
                        .isEqualTo(a.receivedFen());
            }
        }
        assertThat(held + withdrawn).isEqualTo(trace.tracedFen());
        assertThat(withdrawn).isEqualTo(trace.withdrawnFen());
        assertThat(trace.freezePlan()).noneMatch(Trace.Account::cash);
    }
}

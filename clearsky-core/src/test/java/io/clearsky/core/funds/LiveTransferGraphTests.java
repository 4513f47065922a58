package io.clearsky.core.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LiveTransferGraphTests {

    private static final long T0 = Instant.parse("2026-11-20T09:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    @Test
    void aLateTransferTakesItsPlaceInTimeInEachAccountsList() {
        LiveTransferGraph graph = new LiveTransferGraph();
        graph.add(1, "a", "b", T0 + 10 * MINUTE, 100);
        graph.add(2, "b", "c", T0 + 20 * MINUTE, 100);
        graph.add(3, "x", "b", T0 + 5 * MINUTE, 100); // arrives last, happened first
        graph.add(4, "b", "d", T0 + 20 * MINUTE, 100); // same instant as 2: after it

        List<Long> bsTransfers = graph.read(view -> {
            int b = view.account("b").orElseThrow();
            List<Long> refs = new ArrayList<>();
            for (int i = 0; i < view.degree(b); i++) {
                refs.add(view.reference(view.transferOf(b, i)));
            }
            return refs;
        });

        assertThat(bsTransfers).containsExactly(3L, 1L, 2L, 4L);
    }

    @Test
    void referencesAndNamesAreFoundAgainAmongManyAccounts() {
        LiveTransferGraph graph = new LiveTransferGraph();
        graph.write(w -> {
            for (int i = 0; i < 50_000; i++) {
                w.add(1_000_000L + i, "支付宝:2088" + i, "6222" + (i * 7), T0 + i, 1 + i);
            }
        });

        graph.read(view -> {
            assertThat(view.transfers()).isEqualTo(50_000);
            assertThat(view.accounts()).isEqualTo(100_000);
            int t = view.transferByReference(1_012_345).orElseThrow();
            assertThat(view.accountName(view.payer(t))).isEqualTo("支付宝:208812345");
            assertThat(view.amount(t)).isEqualTo(12_346);
            assertThat(view.account("支付宝:208812345")).hasValue(view.payer(t));
            assertThat(view.account("nobody")).isEmpty();
            assertThat(view.transferByReference(7)).isEmpty();
            return null;
        });
    }

    @Test
    void anAmountBeyondAnIntIsKeptWhole() {
        LiveTransferGraph graph = new LiveTransferGraph();
        graph.add(1, "corp", "mule", T0, 5_000_000_000_00L);
        graph.add(2, "mule", "next", T0 + MINUTE, 2_147_483_647L);
        graph.add(3, "mule", "last", T0 + 2 * MINUTE, 2_147_483_648L);

        Trace trace = graph.read(view -> FundTracer.fromTransfer(view, 1, TraceSettings.DEFAULT));

        assertThat(trace.tracedFen()).isEqualTo(5_000_000_000_00L);
        assertThat(trace.transfers())
                .extracting(Trace.Transfer::tracedFen)
                .containsExactly(5_000_000_000_00L, 2_147_483_647L, 2_147_483_648L);
        assertThat(graph.reverse(3)).isTrue();
        long reversed =
                graph.read(view -> view.amount(view.transferByReference(3).orElseThrow()));
        assertThat(reversed).isZero();
    }

    @Test
    void referencesFarFromTheTransfersNumberAreFoundAgain() {
        LiveTransferGraph graph = new LiveTransferGraph();
        long[] refs = {Long.MIN_VALUE, -1, 0, Integer.MAX_VALUE, 1L << 40, Long.MAX_VALUE, 7};
        for (int i = 0; i < refs.length; i++) {
            graph.add(refs[i], "a" + i, "b", T0 + i, 100);
        }

        for (long ref : refs) {
            long found = graph.read(
                    view -> view.reference(view.transferByReference(ref).orElseThrow()));
            assertThat(found).isEqualTo(ref);
        }
        assertThatThrownBy(() -> graph.add(1L << 40, "x", "y", T0, 1)).hasMessageContaining("already here");
    }

    @Test
    void badTransfersAreRefusedAndLeaveNothingBehind() {
        LiveTransferGraph graph = new LiveTransferGraph();
        graph.add(1, "a", "b", T0, 100);

        assertThatThrownBy(() -> graph.add(1, "a", "c", T0, 100)).hasMessageContaining("reference 1");
        assertThatThrownBy(() -> graph.add(2, "a", "c", T0, 0)).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> graph.add(3, "c", "", T0, 5)).hasMessageContaining("named");
        assertThatThrownBy(() -> graph.add(4, "c", "x".repeat(1_001), T0, 5)).hasMessageContaining("1,000");

        graph.read(view -> {
            assertThat(view.transfers()).isEqualTo(1);
            assertThat(view.accounts()).isEqualTo(2);
            assertThat(view.account("c")).isEmpty();
            return null;
        });
    }

    /**
     * The live graph fed in arrival order, late transfers included, traces exactly as a graph built once from the
     * same transfers: forward from a transfer, from an account, and backward to the funders.
     */
    @Test
    void tracesEqualThoseOfAGraphBuiltOnceFromTheSameTransfers() {
        Random random = new Random(20261129);
        for (int round = 0; round < 300; round++) {
            TransferGraph.Builder builder = TransferGraph.builder();
            LiveTransferGraph live = new LiveTransferGraph();
            int accounts = 3 + random.nextInt(25);
            int transfers = 1 + random.nextInt(200);
            for (int i = 0; i < transfers; i++) {
                String from = "acct" + random.nextInt(accounts);
                String to = "acct" + random.nextInt(accounts);
                // mostly in time order, some late, many at the same instant
                long when = T0 + (i / 2 - (random.nextInt(10) == 0 ? random.nextInt(20) : 0)) * MINUTE;
                long fen = 1 + random.nextInt(1_000_000);
                builder.add(i, from, to, when, fen);
                live.add(i, from, to, when, fen);
            }
            TransferGraph built = builder.build();
            TraceSettings settings = new TraceSettings(
                    random.nextBoolean() ? Apportionment.FIFO : Apportionment.PROPORTIONAL,
                    1 + random.nextInt(6),
                    1 + random.nextInt(5),
                    2 + random.nextInt(60),
                    random.nextBoolean() ? Long.MAX_VALUE : T0 + random.nextInt(100) * MINUTE);
            long seed = random.nextInt(transfers);
            int seedTransfer = built.transferByReference(seed).orElseThrow();
            String account = built.accountName(built.payee(seedTransfer));
            long at = built.time(seedTransfer) - random.nextInt(3) * MINUTE;
            if (built.time(seedTransfer) <= settings.untilMillis()) {
                Trace forward = live.read(view -> FundTracer.fromTransfer(view, seed, settings));
                assertThat(forward).isEqualTo(FundTracer.fromTransfer(built, seed, settings));
                Trace fromAccount = live.read(view -> FundTracer.fromAccount(view, account, at, 12_345, settings));
                assertThat(fromAccount).isEqualTo(FundTracer.fromAccount(built, account, at, 12_345, settings));
            }
            List<FundTracer.Funder> funders = live.read(view -> FundTracer.funders(view, account, at, settings));
            assertThat(funders).isEqualTo(FundTracer.funders(built, account, at, settings));
        }
    }

    /** Traces run while a writer adds batches: each sees a consistent graph, and every fen stays accounted for. */
    @Test
    void tracesWhileTransfersArriveSeeAConsistentGraph() throws Exception {
        LiveTransferGraph graph = new LiveTransferGraph();
        int accounts = 2_000;
        graph.write(w -> {
            for (int i = 0; i < 20_000; i++) {
                w.add(i, "acct" + (i % accounts), "acct" + ((i * 31 + 7) % accounts), T0 + i * 1_000L, 100 + i);
            }
        });
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> writer = pool.submit(() -> {
                Random random = new Random(7);
                int next = 20_000;
                for (int batch = 0; batch < 200; batch++) {
                    int first = next;
                    graph.write(w -> {
                        for (int i = first; i < first + 100; i++) {
                            long late = random.nextInt(20) == 0 ? random.nextInt(60_000) : 0;
                            w.add(
                                    i,
                                    "acct" + random.nextInt(accounts),
                                    "acct" + random.nextInt(accounts),
                                    T0 + i * 1_000L - late,
                                    1 + random.nextInt(10_000));
                        }
                    });
                    next += 100;
                }
                writing.set(false);
                return next;
            });
            Future<Integer> reader = pool.submit(() -> {
                Random random = new Random(11);
                int traces = 0;
                while (writing.get() || traces < 50) {
                    long seed = random.nextInt(20_000);
                    Trace trace = graph.read(view -> FundTracer.fromTransfer(view, seed, TraceSettings.DEFAULT));
                    long held = trace.accounts().stream()
                            .mapToLong(a -> a.hub() ? a.receivedFen() : a.residualFen() + a.untracedFen())
                            .sum();
                    assertThat(held).isEqualTo(trace.tracedFen());
                    traces++;
                }
                return traces;
            });
            assertThat(writer.get(60, TimeUnit.SECONDS)).isEqualTo(40_000);
            assertThat(reader.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
        assertThat(graph.transfers()).isEqualTo(40_000);
    }

    @Test
    void aReversedTransferKeepsItsPlaceAndMovesNothing() {
        LiveTransferGraph graph = new LiveTransferGraph();
        graph.add(1, "victim", "mule", T0, 100_000);
        graph.add(2, "mule", "card", T0 + MINUTE, 60_000);
        graph.add(3, "other", "mule", T0 - MINUTE, 5_000);

        assertThat(graph.reverse(2)).isTrue();
        assertThat(graph.reverse(2)).as("reversed already").isFalse();
        assertThat(graph.reverse(99)).as("never added").isFalse();
        graph.write(w -> {
            assertThat(w.holds(2)).as("a reversed transfer is still held").isTrue();
            assertThat(w.holds(99)).isFalse();
        });
        assertThat(graph.transfers()).isEqualTo(3);
        assertThat(graph.reversed()).isEqualTo(1);

        graph.read(view -> {
            int t = view.transferByReference(2).orElseThrow();
            assertThat(view.amount(t)).isZero();
            int mule = view.account("mule").orElseThrow();
            assertThat(view.degree(mule)).isEqualTo(3);
            assertThat(view.movedDegree(mule)).isEqualTo(2);
            // card's only transfer was reversed: as if no transfer touched it
            assertThat(view.account("card")).isEmpty();
            Trace trace = FundTracer.fromTransfer(view, 1, TraceSettings.DEFAULT);
            assertThat(trace.transfers()).extracting(Trace.Transfer::reference).containsExactly(1L);
            assertThat(trace.freezePlan()).extracting(Trace.Account::account).containsExactly("mule");
            assertThat(trace.freezePlan().get(0).residualFen()).isEqualTo(100_000);
            assertThat(FundTracer.funders(view, "mule", T0 + 2 * MINUTE, TraceSettings.DEFAULT))
                    .extracting(FundTracer.Funder::account)
                    .containsExactly("victim", "other");
            assertThatThrownBy(() -> FundTracer.fromTransfer(view, 2, TraceSettings.DEFAULT))
                    .hasMessageContaining("reversed");
            return null;
        });
        assertThatThrownBy(() -> TransferGraph.builder().add(4, "a", "b", T0, 0))
                .as("callers cannot add a transfer of nothing")
                .hasMessageContaining("more than zero");
    }

    /**
     * After some transfers are reversed (some at once, some after later ones arrived), every trace on the live graph
     * equals the trace on a graph built once from the same transfers without the reversed ones, in arrival order:
     * the same {@link Trace} (accounts with their levels, received, forwarded, untraced and residual amounts and hub
     * flags, hence the same freeze plan; the transfers that carried traced money), the same funders, and the same
     * refusal when the account asked about has no transfer left. Hubs agree too: a hub is judged by
     * {@link TransferView#movedDegree}, which leaves reversed transfers out; the live graph's {@code degree} still
     * counts them, and no trace result depends on it.
     */
    @Test
    void tracesAfterReversalsEqualThoseOfAGraphBuiltWithoutTheReversedTransfers() {
        Random random = new Random(20261130);
        for (int round = 0; round < 300; round++) {
            LiveTransferGraph live = new LiveTransferGraph();
            int accounts = 3 + random.nextInt(25);
            int transfers = 2 + random.nextInt(200);
            List<Object[]> added = new ArrayList<>();
            java.util.Set<Long> reversed = new java.util.HashSet<>();
            for (int i = 0; i < transfers; i++) {
                String from = "acct" + random.nextInt(accounts);
                String to = "acct" + random.nextInt(accounts);
                long when = T0 + (i / 2 - (random.nextInt(10) == 0 ? random.nextInt(20) : 0)) * MINUTE;
                long fen = 1 + random.nextInt(1_000_000);
                live.add(i, from, to, when, fen);
                added.add(new Object[] {(long) i, from, to, when, fen});
                if (random.nextInt(5) == 0) {
                    long undone = random.nextInt(i + 1);
                    assertThat(live.reverse(undone)).isEqualTo(reversed.add(undone));
                }
            }
            TransferGraph.Builder builder = TransferGraph.builder();
            for (Object[] t : added) {
                if (!reversed.contains((Long) t[0])) {
                    builder.add((Long) t[0], (String) t[1], (String) t[2], (Long) t[3], (Long) t[4]);
                }
            }
            TransferGraph without = builder.build();
            TraceSettings settings = new TraceSettings(
                    random.nextBoolean() ? Apportionment.FIFO : Apportionment.PROPORTIONAL,
                    1 + random.nextInt(6),
                    1 + random.nextInt(5),
                    2 + random.nextInt(30),
                    random.nextBoolean() ? Long.MAX_VALUE : T0 + random.nextInt(100) * MINUTE);
            assertThat(live.reversed()).isEqualTo(reversed.size());
            for (int probe = 0; probe < 5; probe++) {
                long seed = random.nextInt(transfers);
                Object[] row = added.get((int) seed);
                String account = (String) (random.nextBoolean() ? row[1] : row[2]);
                long at = (Long) row[3] - random.nextInt(3) * MINUTE;
                if (!reversed.contains(seed) && (Long) row[3] <= settings.untilMillis()) {
                    Trace forward = live.read(view -> FundTracer.fromTransfer(view, seed, settings));
                    assertThat(forward).isEqualTo(FundTracer.fromTransfer(without, seed, settings));
                }
                if (without.account(account).isEmpty()) {
                    assertThatThrownBy(() -> live.read(view -> FundTracer.funders(view, account, at, settings)))
                            .hasMessageContaining("no transfer on record touches");
                    continue;
                }
                if (at <= settings.untilMillis()) {
                    Trace fromAccount = live.read(view -> FundTracer.fromAccount(view, account, at, 12_345, settings));
                    assertThat(fromAccount).isEqualTo(FundTracer.fromAccount(without, account, at, 12_345, settings));
                }
                List<FundTracer.Funder> funders = live.read(view -> FundTracer.funders(view, account, at, settings));
                assertThat(funders).isEqualTo(FundTracer.funders(without, account, at, settings));
            }
        }
    }
}

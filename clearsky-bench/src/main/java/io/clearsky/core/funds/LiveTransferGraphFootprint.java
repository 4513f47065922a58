package io.clearsky.core.funds;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * The heap a {@link LiveTransferGraph} retains holding {@link SyntheticTransfers}: the target is 100 million
 * transfers in at most 6 GiB. Run it in a JVM whose heap is the limit, so that fitting is part of the result:
 *
 * <pre>{@code
 * java -Xms6g -Xmx6g -cp clearsky-bench/target/clearsky-benchmarks.jar \
 *     io.clearsky.core.funds.LiveTransferGraphFootprint 100000000
 * }</pre>
 *
 * Prints the retained heap, bytes a transfer, the build rate, and a 3-level trace from a victim's payment as a check
 * that the graph is whole.
 */
public final class LiveTransferGraphFootprint {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final double GIB = 1L << 30;

    private LiveTransferGraphFootprint() {}

    /** {@code args[0]}: how many transfers (default 100,000,000); {@code args[1]}: the seed (default 5). */
    public static void main(String[] args) throws InterruptedException {
        long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 100_000_000L;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 5;
        SyntheticTransfers transfers = SyntheticTransfers.of(count, seed);
        long[] seeds = transfers.victimPayments(10);

        long before = settledUsedHeap();
        long start = System.nanoTime();
        LiveTransferGraph graph = new LiveTransferGraph();
        int batch = 100_000;
        long[] refs = new long[batch];
        int[] from = new int[batch];
        int[] to = new int[batch];
        long[] when = new long[batch];
        long[] fen = new long[batch];
        int[] filled = {0};
        Runnable flush = () -> {
            int n = filled[0];
            graph.write(w -> {
                for (int i = 0; i < n; i++) {
                    w.add(refs[i], SyntheticTransfers.name(from[i]), SyntheticTransfers.name(to[i]), when[i], fen[i]);
                }
            });
            filled[0] = 0;
        };
        transfers.forEach((ref, payer, payee, epochMillis, amountFen) -> {
            int i = filled[0]++;
            refs[i] = ref;
            from[i] = payer;
            to[i] = payee;
            when[i] = epochMillis;
            fen[i] = amountFen;
            if (filled[0] == batch) {
                flush.run();
            }
        });
        flush.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long retained = settledUsedHeap() - before;

        int held = graph.transfers();
        int accounts = graph.read(TransferView::accounts);
        Trace trace =
                graph.read(view -> FundTracer.fromTransfer(view, seeds[5], TraceSettings.DEFAULT.withMaxDepth(3)));
        System.out.printf(
                Locale.ROOT,
                "LiveTransferGraph: %,d transfers between %,d accounts, retained %.2f GiB (%.1f bytes a transfer),"
                        + " heap limit %.2f GiB, built in %.1f s (%,.0f transfers/s)%n",
                held,
                accounts,
                retained / GIB,
                (double) retained / held,
                Runtime.getRuntime().maxMemory() / GIB,
                seconds,
                held / seconds);
        System.out.printf(
                Locale.ROOT,
                "check: a 3-level trace of victim payment %d reached %d accounts over %d transfers, %.2f yuan"
                        + " freezable%n",
                seeds[5],
                trace.accounts().size(),
                trace.transfers().size(),
                trace.freezableFen() / 100.0);
        System.out.println("footprint-line " + held + " " + accounts + " " + retained);
    }

    private static long settledUsedHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int collections = 0; collections < 10; collections++) {
            System.gc();
            Thread.sleep(50);
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used && collections >= 2) {
                return Math.min(now, used);
            }
            used = Math.min(now, used);
        }
        return used;
    }
}

package io.clearsky.core.funds;

import io.clearsky.core.index.IndexFootprint;
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

    private static final double GIB = 1L << 30;

    private LiveTransferGraphFootprint() {}

    /** {@code args[0]}: how many transfers (default 100,000,000); {@code args[1]}: the seed (default 5). */
    public static void main(String[] args) throws InterruptedException {
        long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 100_000_000L;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 5;
        SyntheticTransfers transfers = SyntheticTransfers.of(count, seed);
        long[] seeds = transfers.victimPayments(10);

        long before = IndexFootprint.settledUsedHeap();
        long start = System.nanoTime();
        LiveTransferGraph graph = new LiveTransferGraph();
        TransferBatch batch = new TransferBatch(100_000);
        transfers.forEach((ref, payer, payee, epochMillis, amountFen) -> {
            if (batch.add(ref, payer, payee, epochMillis, amountFen)) {
                batch.writeTo(graph);
            }
        });
        batch.writeTo(graph);
        double seconds = (System.nanoTime() - start) / 1e9;
        long retained = IndexFootprint.settledUsedHeap() - before;

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
}

package io.clearsky.core.funds;

import java.util.Arrays;

/**
 * What the trace benchmarks share: {@link SyntheticTransfers} as a {@link TransferGraph}, each account's number of
 * transfers (for the peers' hub cut-off), and victims' payments to trace from, with their payee and time.
 */
public final class TraceWorkload {

    /** A 3-hop trace, first in first out, with the default fan-out and hub limits. */
    public static final TraceSettings SETTINGS = TraceSettings.DEFAULT.withMaxDepth(3);

    private final SyntheticTransfers data;
    private final TransferGraph graph;
    private final int[] degree;
    private final long[] seeds;
    private final int[] seedPayees;
    private final long[] seedTimes;

    private TraceWorkload(
            SyntheticTransfers data,
            TransferGraph graph,
            int[] degree,
            long[] seeds,
            int[] seedPayees,
            long[] seedTimes) {
        this.data = data;
        this.graph = graph;
        this.degree = degree;
        this.seeds = seeds;
        this.seedPayees = seedPayees;
        this.seedTimes = seedTimes;
    }

    /** Generates {@code transfers} transfers from {@code seed} and picks {@code seedCount} victims' payments. */
    public static TraceWorkload of(long transfers, long seed, int seedCount) {
        SyntheticTransfers data = SyntheticTransfers.of(transfers, seed);
        long[] seeds = data.victimPayments(seedCount);
        int[] seedPayees = new int[seedCount];
        long[] seedTimes = new long[seedCount];
        String[] names = new String[data.accounts()];
        int[] degree = new int[data.accounts()];
        TransferGraph.Builder builder = TransferGraph.builder();
        data.forEach((ref, from, to, epochMillis, amountFen) -> {
            builder.add(ref, name(names, from), name(names, to), epochMillis, amountFen);
            degree[from]++;
            if (to != from) {
                degree[to]++;
            }
            int s = Arrays.binarySearch(seeds, ref);
            if (s >= 0) {
                seedPayees[s] = to;
                seedTimes[s] = epochMillis;
            }
        });
        return new TraceWorkload(data, builder.build(), degree, seeds, seedPayees, seedTimes);
    }

    private static String name(String[] names, int account) {
        String name = names[account];
        if (name == null) {
            name = SyntheticTransfers.name(account);
            names[account] = name;
        }
        return name;
    }

    public SyntheticTransfers data() {
        return data;
    }

    public TransferGraph graph() {
        return graph;
    }

    /** How many transfers account {@code account} (the generator's number) made or received. */
    public int degree(int account) {
        return degree[account];
    }

    public int seedCount() {
        return seeds.length;
    }

    /** The ref of the {@code i}-th seed payment. */
    public long seed(int i) {
        return seeds[i];
    }

    /** The account the {@code i}-th seed payment paid (the generator's number): where a trace starts. */
    public int seedPayee(int i) {
        return seedPayees[i];
    }

    public long seedTime(int i) {
        return seedTimes[i];
    }

    /** Our trace from the {@code i}-th seed. */
    public Trace trace(int i) {
        return FundTracer.fromTransfer(graph, seeds[i], SETTINGS);
    }

    /**
     * Checks that a peer's answer for the {@code i}-th seed holds every transfer our trace found carrying the money
     * on (the seed aside): the peer walks every time-respecting path, a superset of where the money can have gone.
     *
     * @throws IllegalStateException naming a transfer the peer missed
     */
    public void checkCovers(String peer, int i, long[] peerRefs) {
        long[] sorted = peerRefs.clone();
        Arrays.sort(sorted);
        for (Trace.Transfer t : trace(i).transfers()) {
            if (t.reference() != seeds[i] && Arrays.binarySearch(sorted, t.reference()) < 0) {
                throw new IllegalStateException(peer + " misses transfer " + t.reference() + " of the trace from "
                        + seeds[i] + ", which carried " + t.tracedFen() + " fen of it");
            }
        }
    }
}

package io.clearsky.core.funds;

/** Transfers of a {@link SyntheticTransfers} run gathered into a batch, written to a {@link LiveTransferGraph} whole. */
final class TransferBatch {

    private final long[] refs;
    private final int[] from;
    private final int[] to;
    private final long[] when;
    private final long[] fen;
    private int size;

    TransferBatch(int capacity) {
        refs = new long[capacity];
        from = new int[capacity];
        to = new int[capacity];
        when = new long[capacity];
        fen = new long[capacity];
    }

    /** Adds a transfer; true when the batch is then full. */
    boolean add(long ref, int payer, int payee, long epochMillis, long amountFen) {
        refs[size] = ref;
        from[size] = payer;
        to[size] = payee;
        when[size] = epochMillis;
        fen[size] = amountFen;
        return ++size == refs.length;
    }

    /** Writes the batch into the graph under one lock, empties it, and says how many it held. */
    int writeTo(LiveTransferGraph graph) {
        int n = size;
        graph.write(w -> {
            for (int i = 0; i < n; i++) {
                w.add(refs[i], SyntheticTransfers.name(from[i]), SyntheticTransfers.name(to[i]), when[i], fen[i]);
            }
        });
        size = 0;
        return n;
    }
}

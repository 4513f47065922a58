package io.clearsky.core.warning;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Transfers into or out of an account, oldest first, at most a given number, the oldest forgotten first. Kept in
 * primitive columns and the event ids in {@link PackedStrings}: adding a transfer writes into arrays the state already
 * has and stores no reference to a new object, so a busy account's state gives the garbage collector nothing to scan
 * at its next pause (a list of records would, on every transfer).
 */
final class Moves {

    private static final long[] NO_LONGS = new long[0];

    private long[] at = NO_LONGS;
    private long[] counterparty = NO_LONGS;
    private long[] amountFen = NO_LONGS;
    private final PackedStrings eventIds = new PackedStrings();
    private int size;

    int size() {
        return size;
    }

    long at(int i) {
        return at[i];
    }

    long counterparty(int i) {
        return counterparty[i];
    }

    long amountFen(int i) {
        return amountFen[i];
    }

    String eventId(int i) {
        return eventIds.get(i);
    }

    /** Adds a transfer in time order (after those at the same time), forgetting the oldest beyond {@code capacity}. */
    void add(long time, long account, long amount, String eventId, int capacity) {
        int position = size;
        while (position > 0 && at[position - 1] > time) {
            position--;
        }
        if (size == at.length) {
            int grown = (int) Math.max(size + 1, Math.min(capacity + 1L, Math.max(2L, size * 2L)));
            at = Arrays.copyOf(at, grown);
            counterparty = Arrays.copyOf(counterparty, grown);
            amountFen = Arrays.copyOf(amountFen, grown);
        }
        System.arraycopy(at, position, at, position + 1, size - position);
        System.arraycopy(counterparty, position, counterparty, position + 1, size - position);
        System.arraycopy(amountFen, position, amountFen, position + 1, size - position);
        at[position] = time;
        counterparty[position] = account;
        amountFen[position] = amount;
        eventIds.insert(position, eventId);
        size++;
        if (size > capacity) {
            dropOldest(size - capacity);
        }
    }

    /** Forgets the transfers before {@code since}. */
    void forgetBefore(long since) {
        int drop = 0;
        while (drop < size && at[drop] < since) {
            drop++;
        }
        dropOldest(drop);
    }

    private void dropOldest(int drop) {
        System.arraycopy(at, drop, at, 0, size - drop);
        System.arraycopy(counterparty, drop, counterparty, 0, size - drop);
        System.arraycopy(amountFen, drop, amountFen, 0, size - drop);
        eventIds.dropFirst(drop);
        size -= drop;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeLong(at[i]);
            out.writeLong(counterparty[i]);
            out.writeLong(amountFen[i]);
            out.writeUTF(eventId(i));
        }
    }

    void read(DataInputStream in) throws IOException {
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            add(in.readLong(), in.readLong(), in.readLong(), in.readUTF(), Integer.MAX_VALUE);
        }
    }
}

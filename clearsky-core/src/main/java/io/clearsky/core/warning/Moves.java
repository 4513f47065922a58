package io.clearsky.core.warning;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Transfers into or out of an account, oldest first, at most a given number, the oldest forgotten first. Two arrays
 * however many transfers: a {@code long[]} with four longs a transfer (time, counterparty, amount, the length of its
 * event id) and a {@code byte[]} with the event ids in UTF-8, one after the other. Adding a transfer writes into arrays
 * the state already has and stores no reference to a new object, so a busy account's state gives the garbage
 * collector nothing to scan at its next pause; a list of records did, on every transfer (see docs/benchmarks.md).
 */
final class Moves {

    private static final int STRIDE = 4;
    private static final long[] NO_LONGS = new long[0];
    private static final byte[] NO_BYTES = new byte[0];

    private long[] columns = NO_LONGS;
    private byte[] ids = NO_BYTES;
    private int used;
    private int size;

    int size() {
        return size;
    }

    long at(int i) {
        return columns[STRIDE * i];
    }

    long counterparty(int i) {
        return columns[STRIDE * i + 1];
    }

    long amountFen(int i) {
        return columns[STRIDE * i + 2];
    }

    String eventId(int i) {
        return new String(ids, idStart(i), (int) columns[STRIDE * i + 3], StandardCharsets.UTF_8);
    }

    /** Adds a transfer in time order (after those at the same time), forgetting the oldest beyond {@code capacity}. */
    void add(long time, long account, long amount, String eventId, int capacity) {
        byte[] id = eventId.getBytes(StandardCharsets.UTF_8);
        int position = size;
        while (position > 0 && at(position - 1) > time) {
            position--;
        }
        if (STRIDE * (size + 1) > columns.length) {
            long grown = Math.max(size + 1L, Math.min(capacity + 1L, Math.max(2L, size * 2L)));
            columns = Arrays.copyOf(columns, Math.toIntExact(STRIDE * grown));
        }
        if (used + id.length > ids.length) {
            ids = Arrays.copyOf(ids, Math.max(used + id.length, ids.length * 2));
        }
        int idAt = idStart(position);
        System.arraycopy(ids, idAt, ids, idAt + id.length, used - idAt);
        System.arraycopy(id, 0, ids, idAt, id.length);
        used += id.length;
        System.arraycopy(columns, STRIDE * position, columns, STRIDE * (position + 1), STRIDE * (size - position));
        columns[STRIDE * position] = time;
        columns[STRIDE * position + 1] = account;
        columns[STRIDE * position + 2] = amount;
        columns[STRIDE * position + 3] = id.length;
        size++;
        if (size > capacity) {
            dropOldest(size - capacity);
        }
    }

    /** Forgets the transfers before {@code since}. */
    void forgetBefore(long since) {
        int drop = 0;
        while (drop < size && at(drop) < since) {
            drop++;
        }
        dropOldest(drop);
    }

    private void dropOldest(int drop) {
        if (drop == 0) {
            return;
        }
        int idBytes = idStart(drop);
        System.arraycopy(ids, idBytes, ids, 0, used - idBytes);
        used -= idBytes;
        System.arraycopy(columns, STRIDE * drop, columns, 0, STRIDE * (size - drop));
        size -= drop;
    }

    private int idStart(int i) {
        int start = 0;
        for (int j = 0; j < i; j++) {
            start += (int) columns[STRIDE * j + 3];
        }
        return start;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeLong(at(i));
            out.writeLong(counterparty(i));
            out.writeLong(amountFen(i));
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

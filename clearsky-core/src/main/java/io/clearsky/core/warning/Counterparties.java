package io.clearsky.core.warning;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The accounts a payer has paid, or that have paid an account, each with the day it last happened: at most a fixed
 * number, the least recent forgotten first. Each entry is one long, the account's hash in the upper 48 bits and the
 * epoch day in the lower 16 (days are compared modulo 2^16, safe for memories under 179 years).
 */
final class Counterparties {

    private long[] entries = new long[2];
    private int count;

    /** Whether the account was seen within {@code days} days before {@code today}, today included. */
    boolean knows(long hash, long today, int days) {
        for (int i = 0; i < count; i++) {
            long entry = entries[i];
            if ((entry >>> 16) == (hash >>> 16)) {
                return ((today - (entry & 0xFFFF)) & 0xFFFF) < days;
            }
        }
        return false;
    }

    /** Remembers the account as seen today, forgetting the least recent one when {@code capacity} are held. */
    void remember(long hash, long today, int capacity) {
        long entry = (hash & ~0xFFFFL) | (today & 0xFFFF);
        for (int i = 0; i < count; i++) {
            if ((entries[i] >>> 16) == (hash >>> 16)) {
                entries[i] = entry;
                return;
            }
        }
        if (count < capacity) {
            if (count == entries.length) {
                entries = Arrays.copyOf(entries, Math.min(capacity, entries.length * 2));
            }
            entries[count++] = entry;
            return;
        }
        int oldest = 0;
        long oldestAge = -1;
        for (int i = 0; i < count; i++) {
            long age = (today - (entries[i] & 0xFFFF)) & 0xFFFF;
            if (age > oldestAge) {
                oldestAge = age;
                oldest = i;
            }
        }
        entries[oldest] = entry;
    }

    int size() {
        return count;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeShort(count);
        for (int i = 0; i < count; i++) {
            out.writeLong(entries[i]);
        }
    }

    void read(DataInputStream in) throws IOException {
        count = in.readUnsignedShort();
        entries = new long[Math.max(2, count)];
        for (int i = 0; i < count; i++) {
            entries[i] = in.readLong();
        }
    }
}

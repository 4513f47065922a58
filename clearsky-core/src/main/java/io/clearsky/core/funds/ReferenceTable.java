package io.clearsky.core.funds;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * Finds a transfer's number by the caller's reference in constant time, for 4 to 5 bytes a transfer: an
 * open-addressing table of transfer numbers, probed linearly and kept at most three-quarters full, that compares
 * the references where the graph keeps them instead of holding them twice. Not thread-safe.
 */
final class ReferenceTable {

    private final IntToLongFunction referenceOf;
    private int[] slots;
    private int size;

    /** A table for about {@code expected} transfers, reading a transfer's reference with {@code referenceOf}. */
    ReferenceTable(int expected, IntToLongFunction referenceOf) {
        this.referenceOf = referenceOf;
        int capacity = 1024;
        while (capacity < expected + expected / 3 + 1) {
            capacity *= 2;
        }
        this.slots = empty(capacity);
    }

    /** The number of the transfer with this reference, or -1. */
    int find(long ref) {
        return slots[slotOf(ref)];
    }

    /** Adds transfer {@code t} under its reference {@code ref}; false, changing nothing, if the reference is here. */
    boolean add(long ref, int t) {
        int slot = slotOf(ref);
        if (slots[slot] >= 0) {
            return false;
        }
        slots[slot] = t;
        size++;
        if (4L * size > 3L * slots.length) {
            grow();
        }
        return true;
    }

    private int slotOf(long ref) {
        int mask = slots.length - 1;
        for (int slot = spread(ref) & mask; ; slot = (slot + 1) & mask) {
            int t = slots[slot];
            if (t < 0 || referenceOf.applyAsLong(t) == ref) {
                return slot;
            }
        }
    }

    private void grow() {
        int[] old = slots;
        slots = empty(old.length * 2);
        int mask = slots.length - 1;
        for (int t : old) {
            if (t >= 0) {
                int slot = spread(referenceOf.applyAsLong(t)) & mask;
                while (slots[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = t;
            }
        }
    }

    private static int spread(long ref) {
        long h = ref * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private static int[] empty(int capacity) {
        int[] table = new int[capacity];
        Arrays.fill(table, -1);
        return table;
    }
}

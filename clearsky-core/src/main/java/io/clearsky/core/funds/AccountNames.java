package io.clearsky.core.funds;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Account names numbered densely in the order they first appear, kept compact: tens of millions of names cost their
 * UTF-8 bytes and about 16 bytes each, instead of a {@code String} and a map entry (about 100 bytes) each.
 * Not thread-safe; {@link LiveTransferGraph} guards it.
 */
final class AccountNames {

    // How: the bytes of all names sit back to back in chunks of 64 KiB (a name never straddles two; small enough to
    // stay below G1's humongous-object threshold), each account's start in a long (chunk << 16 | offset) and its
    // length in an int; an open-addressing table of account numbers, probed linearly and kept at most half full,
    // finds a name's number by its bytes.

    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MAX_NAME_CHARS = 1_000;

    private byte[][] chunks = new byte[1][];
    private int chunkCount;
    private int chunkUsed = CHUNK;
    private long[] start = new long[1024];
    private int[] length = new int[1024];
    private int size;
    private int[] table = filled(2048);

    /** How many names. */
    int size() {
        return size;
    }

    /** The number of the name, or -1 if it is not here. */
    int find(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        int slot = slotOf(bytes, hash(bytes));
        return table[slot];
    }

    /** Refuses a name that cannot be held: empty, or longer than 1,000 characters. */
    static void check(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an account is named");
        }
        if (name.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException("an account's name is at most 1,000 characters");
        }
    }

    /** The number of the name, numbering it next if it is new. */
    int intern(String name) {
        check(name);
        // at most 3 bytes a character in UTF-8 (4 for a surrogate pair), so a name always fits in a chunk
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        int hash = hash(bytes);
        int slot = slotOf(bytes, hash);
        if (table[slot] >= 0) {
            return table[slot];
        }
        int id = append(bytes);
        table[slot] = id;
        if (2L * size > table.length) {
            rehash();
        }
        return id;
    }

    /** The name numbered {@code id}. */
    String name(int id) {
        long at = start[id];
        return new String(
                chunks[(int) (at >>> CHUNK_BITS)], (int) (at & (CHUNK - 1)), length[id], StandardCharsets.UTF_8);
    }

    private int append(byte[] bytes) {
        if (chunkUsed + bytes.length > CHUNK) {
            if (chunkCount == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunkCount * 2);
            }
            chunks[chunkCount++] = new byte[CHUNK];
            chunkUsed = 0;
        }
        System.arraycopy(bytes, 0, chunks[chunkCount - 1], chunkUsed, bytes.length);
        if (size == start.length) {
            start = Arrays.copyOf(start, size + (size >> 1));
            length = Arrays.copyOf(length, start.length);
        }
        start[size] = ((long) (chunkCount - 1) << CHUNK_BITS) | chunkUsed;
        length[size] = bytes.length;
        chunkUsed += bytes.length;
        return size++;
    }

    /** The slot holding the name, or the empty slot where it would go. */
    private int slotOf(byte[] bytes, int hash) {
        int mask = table.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int id = table[slot];
            if (id < 0 || equal(id, bytes)) {
                return slot;
            }
        }
    }

    private boolean equal(int id, byte[] bytes) {
        if (length[id] != bytes.length) {
            return false;
        }
        long at = start[id];
        int from = (int) (at & (CHUNK - 1));
        return Arrays.equals(chunks[(int) (at >>> CHUNK_BITS)], from, from + bytes.length, bytes, 0, bytes.length);
    }

    private void rehash() {
        int[] grown = filled(table.length * 2);
        int mask = grown.length - 1;
        for (int id = 0; id < size; id++) {
            long at = start[id];
            int from = (int) (at & (CHUNK - 1));
            int slot = hash(chunks[(int) (at >>> CHUNK_BITS)], from, length[id]) & mask;
            while (grown[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = id;
        }
        table = grown;
    }

    private static int hash(byte[] bytes) {
        return hash(bytes, 0, bytes.length);
    }

    private static int hash(byte[] bytes, int from, int count) {
        int h = 1;
        for (int i = from; i < from + count; i++) {
            h = 31 * h + bytes[i];
        }
        // spread the bits: names differ mostly in their last digits, and the table uses the low bits
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private static int[] filled(int capacity) {
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        return slots;
    }
}

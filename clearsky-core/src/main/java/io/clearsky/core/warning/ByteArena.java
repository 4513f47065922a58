package io.clearsky.core.warning;

import java.util.Arrays;

/**
 * Byte strings kept in fixed-size blocks of {@code byte[]} chunks, each string known by an {@code int} handle. A state
 * that keeps its variable-length data here holds a number, not a reference, so changing that data stores no
 * reference to a new object into an old one: the garbage collector has no card to scan for it at its next pause and
 * no object to copy (docs/benchmarks.md, "Early warning engine"). Chunks of 64 KiB are allocated as the arena fills
 * (small enough never to be a humongous object, which on a small heap would take a whole region or two, and an arena
 * that holds a few strings costs one chunk) and never given back; freed blocks are reused first.
 *
 * <p>A block is {@value #BLOCK} bytes: the index of the next block of the same string plus one (0: the last), then
 * payload; the first block's payload starts with the string's length. Not safe for concurrent use: an engine keeps
 * one arena a stripe and uses it under the stripe's lock.
 */
final class ByteArena {

    static final int BLOCK = 64;
    private static final int CHUNK_BITS = 10;
    private static final int CHUNK_BLOCKS = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_BLOCKS - 1;

    private byte[][] chunks = new byte[0][];
    private int[] free = new int[0];
    private int freeCount;
    private int unused;
    private int blocksInUse;

    /** Stores {@code length} bytes of {@code data} and returns the handle to them, never 0. */
    int store(byte[] data, int length) {
        if (length < 0 || length > data.length) {
            throw new IllegalArgumentException("length " + length + " of a " + data.length + "-byte array");
        }
        int first = allocate();
        int block = first;
        int written = 0;
        writeInt(block, Integer.BYTES, length);
        int offset = Integer.BYTES + Integer.BYTES;
        while (true) {
            int room = BLOCK - offset;
            int part = Math.min(room, length - written);
            System.arraycopy(data, written, chunk(block), start(block) + offset, part);
            written += part;
            if (written == length) {
                writeInt(block, 0, 0);
                return first + 1;
            }
            int next = allocate();
            writeInt(block, 0, next + 1);
            block = next;
            offset = Integer.BYTES;
        }
    }

    /** A copy of the bytes a handle from {@link #store} stands for. */
    byte[] load(int handle) {
        int block = handle - 1;
        int length = readInt(block, Integer.BYTES);
        byte[] data = new byte[length];
        int read = 0;
        int offset = Integer.BYTES + Integer.BYTES;
        while (true) {
            int part = Math.min(BLOCK - offset, length - read);
            System.arraycopy(chunk(block), start(block) + offset, data, read, part);
            read += part;
            if (read == length) {
                return data;
            }
            block = readInt(block, 0) - 1;
            offset = Integer.BYTES;
        }
    }

    /** Frees the blocks of a handle from {@link #store}; the handle must not be used again. */
    void release(int handle) {
        int block = handle - 1;
        while (block >= 0) {
            int next = readInt(block, 0) - 1;
            if (freeCount == free.length) {
                free = Arrays.copyOf(free, Math.max(1024, free.length * 2));
            }
            free[freeCount++] = block;
            blocksInUse--;
            block = next;
        }
    }

    /** Replaces the bytes of {@code handle} (0: none yet) with {@code length} bytes of {@code data}. */
    int replace(int handle, byte[] data, int length) {
        if (handle != 0) {
            release(handle);
        }
        return store(data, length);
    }

    /** Blocks holding data now. */
    int blocksInUse() {
        return blocksInUse;
    }

    private int allocate() {
        blocksInUse++;
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (unused == chunks.length * CHUNK_BLOCKS) {
            if (chunks.length == (Integer.MAX_VALUE >>> CHUNK_BITS)) {
                throw new IllegalStateException("the arena is full");
            }
            chunks = Arrays.copyOf(chunks, chunks.length + 1);
            chunks[chunks.length - 1] = new byte[CHUNK_BLOCKS * BLOCK];
        }
        return unused++;
    }

    private byte[] chunk(int block) {
        return chunks[block >>> CHUNK_BITS];
    }

    private static int start(int block) {
        return (block & CHUNK_MASK) * BLOCK;
    }

    private int readInt(int block, int offset) {
        byte[] chunk = chunk(block);
        int at = start(block) + offset;
        return (chunk[at] & 0xFF) << 24
                | (chunk[at + 1] & 0xFF) << 16
                | (chunk[at + 2] & 0xFF) << 8
                | (chunk[at + 3] & 0xFF);
    }

    private void writeInt(int block, int offset, int value) {
        byte[] chunk = chunk(block);
        int at = start(block) + offset;
        chunk[at] = (byte) (value >>> 24);
        chunk[at + 1] = (byte) (value >>> 16);
        chunk[at + 2] = (byte) (value >>> 8);
        chunk[at + 3] = (byte) value;
    }
}

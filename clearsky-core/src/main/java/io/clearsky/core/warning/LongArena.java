package io.clearsky.core.warning;

import java.util.Arrays;

/**
 * Blocks of longs in {@code long[]} chunks of 64 KiB, each block known by an {@code int} handle: {@link ByteArena}'s
 * pattern for fixed-width data a state reads in place. A block holds a power of two of longs, from 2 to {@value
 * #MAX_LONGS}, and never crosses a chunk, so a block's longs are {@code chunk[offset + i]}. A state whose list grows
 * takes a bigger block here and gives its old one back, instead of storing a new, young array into itself, which the
 * garbage collector would have to find at its next pause. Freed blocks are reused first, by size; chunks are never
 * given back. Not safe for concurrent use: an engine keeps one arena a stripe and uses it under the stripe's lock.
 */
final class LongArena {

    static final int MAX_LONGS = 1024;
    private static final int CHUNK_BITS = 13;
    private static final int CHUNK_LONGS = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_LONGS - 1;
    private static final int CLASSES = Integer.numberOfTrailingZeros(MAX_LONGS) + 1;

    private long[][] chunks = new long[0][];
    private final int[][] free = new int[CLASSES][];
    private final int[] freeCount = new int[CLASSES];
    /** The next long not yet handed out; starts past 0, so that no block's handle is 0. */
    private long unused = 1;

    private long longsInUse;

    LongArena() {
        Arrays.fill(free, new int[0]);
    }

    /** The capacity a block for {@code longs} longs has: the power of two at or above it, at least 2. */
    static int capacityFor(int longs) {
        if (longs < 1 || longs > MAX_LONGS) {
            throw new IllegalArgumentException("a block holds 1 to " + MAX_LONGS + " longs, not " + longs);
        }
        return Math.max(2, Integer.highestOneBit(longs - 1) << 1);
    }

    /** A block of {@code capacity} longs (a power of two from 2 to {@value #MAX_LONGS}), not zeroed. */
    int allocate(int capacity) {
        int sizeClass = sizeClass(capacity);
        longsInUse += capacity;
        if (freeCount[sizeClass] > 0) {
            return free[sizeClass][--freeCount[sizeClass]];
        }
        // aligned to its own size, a block never crosses a chunk (a chunk's size is a multiple of every block's)
        long start = (unused + capacity - 1) & -(long) capacity;
        if (start + capacity > (long) chunks.length * CHUNK_LONGS) {
            if ((long) (chunks.length + 1) * CHUNK_LONGS > Integer.MAX_VALUE) {
                throw new IllegalStateException("the arena is full");
            }
            chunks = Arrays.copyOf(chunks, chunks.length + 1);
            chunks[chunks.length - 1] = new long[CHUNK_LONGS];
        }
        freeGap(unused, start);
        unused = start + capacity;
        return (int) start;
    }

    /** Gives back a block from {@link #allocate} with the same capacity. */
    void free(int handle, int capacity) {
        push(handle, sizeClass(capacity));
        longsInUse -= capacity;
    }

    /**
     * Puts the longs an aligned block skipped on the free lists, as the largest aligned blocks that fit, so that no
     * long is lost: from 4, a gap up to 16 is a block of 4 and one of 8. Only the very first long is odd and unused.
     */
    private void freeGap(long from, long to) {
        while (from < to) {
            long size = Math.min(Long.lowestOneBit(from), MAX_LONGS);
            while (from + size > to) {
                size >>= 1;
            }
            if (size >= 2) {
                push((int) from, Integer.numberOfTrailingZeros((int) size));
            }
            from += size;
        }
    }

    private void push(int handle, int sizeClass) {
        if (freeCount[sizeClass] == free[sizeClass].length) {
            free[sizeClass] = Arrays.copyOf(free[sizeClass], Math.max(256, free[sizeClass].length * 2));
        }
        free[sizeClass][freeCount[sizeClass]++] = handle;
    }

    long get(int handle, int i) {
        return chunks[handle >>> CHUNK_BITS][(handle & CHUNK_MASK) + i];
    }

    void set(int handle, int i, long value) {
        chunks[handle >>> CHUNK_BITS][(handle & CHUNK_MASK) + i] = value;
    }

    /** Longs in blocks handed out and not given back. */
    long longsInUse() {
        return longsInUse;
    }

    private static int sizeClass(int capacity) {
        if (capacity < 2 || capacity > MAX_LONGS || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("a block's capacity is a power of two from 2 to " + MAX_LONGS);
        }
        return Integer.numberOfTrailingZeros(capacity);
    }
}

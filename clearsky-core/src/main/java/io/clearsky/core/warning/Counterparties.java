package io.clearsky.core.warning;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The accounts a payer has paid, or that have paid an account, each with the day it last happened: at most a fixed
 * number, the least recent forgotten first. Each entry is one long, the account's hash in the upper 48 bits and the
 * epoch day in the lower 16 (days are compared modulo 2^16, safe for memories under 179 years).
 *
 * <p>The entries are in an array of this object's own until an engine gives it a {@link LongArena} ({@link #keepIn});
 * then they are in a block of the arena, and a list that grows takes a bigger block instead of a new array (see
 * {@link ByteArena} for why).
 */
final class Counterparties {

    private long @Nullable [] entries = new long[2];

    @Nullable
    private LongArena arena;

    private int handle;
    private int room;
    private int count;

    /** Whether the account was seen within {@code days} days before {@code today}, today included. */
    boolean knows(long hash, long today, int days) {
        for (int i = 0; i < count; i++) {
            long entry = entry(i);
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
            if ((entry(i) >>> 16) == (hash >>> 16)) {
                setEntry(i, entry);
                return;
            }
        }
        if (count < capacity) {
            if (count == room()) {
                grow(Math.min(capacity, room() * 2));
            }
            setEntry(count++, entry);
            return;
        }
        int oldest = 0;
        long oldestAge = -1;
        for (int i = 0; i < count; i++) {
            long age = (today - (entry(i) & 0xFFFF)) & 0xFFFF;
            if (age > oldestAge) {
                oldestAge = age;
                oldest = i;
            }
        }
        setEntry(oldest, entry);
    }

    int size() {
        return count;
    }

    /**
     * Keeps the entries in {@code arena} from now on. The arena must be used under the same lock as the state that
     * holds this, and {@link #release} called before the state is dropped.
     */
    void keepIn(LongArena arena) {
        if (this.arena == arena) {
            return;
        }
        if (this.arena != null) {
            throw new IllegalStateException("the entries are already kept in another arena");
        }
        // four longs, as many bytes as the two-long array a list starts with, so that most lists never grow
        int capacity = LongArena.capacityFor(Math.max(4, count));
        int block = arena.allocate(capacity);
        for (int i = 0; i < count; i++) {
            arena.set(block, i, entry(i));
        }
        this.arena = arena;
        this.handle = block;
        this.room = capacity;
        this.entries = null;
    }

    /** Gives the arena back the entries' block; for a state being dropped. */
    void release() {
        if (arena != null && handle != 0) {
            arena.free(handle, room);
            handle = 0;
            room = 0;
            count = 0;
        }
    }

    private int room() {
        return arena == null ? entries.length : room;
    }

    private long entry(int i) {
        return arena == null ? entries[i] : arena.get(handle, i);
    }

    private void setEntry(int i, long value) {
        if (arena == null) {
            entries[i] = value;
        } else {
            arena.set(handle, i, value);
        }
    }

    private void grow(int size) {
        if (arena == null) {
            entries = Arrays.copyOf(entries, size);
            return;
        }
        int capacity = LongArena.capacityFor(size);
        int block = arena.allocate(capacity);
        for (int i = 0; i < count; i++) {
            arena.set(block, i, arena.get(handle, i));
        }
        arena.free(handle, room);
        handle = block;
        room = capacity;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeShort(count);
        for (int i = 0; i < count; i++) {
            out.writeLong(entry(i));
        }
    }

    /** Reads what {@link #write} wrote into a list that has no arena. */
    void read(DataInputStream in) throws IOException {
        if (arena != null) {
            throw new IllegalStateException("read into a list kept in an arena");
        }
        count = in.readUnsignedShort();
        entries = new long[Math.max(2, count)];
        for (int i = 0; i < count; i++) {
            entries[i] = in.readLong();
        }
    }
}

package io.clearsky.core.warning;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A list of strings kept as UTF-8 in one byte array: adding one copies its bytes into an array the list already
 * has, instead of storing a reference to a new object, so a state that keeps event ids gives the garbage collector
 * nothing to scan when it changes ({@link Moves}, {@link Contacts}).
 */
final class PackedStrings {

    private static final byte[] NO_BYTES = new byte[0];
    private static final int[] NO_INTS = new int[0];

    private byte[] bytes = NO_BYTES;
    /** Where each string ends in {@link #bytes}; it starts where the one before ends. */
    private int[] end = NO_INTS;

    private int size;

    int size() {
        return size;
    }

    String get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        int start = start(i);
        return new String(bytes, start, end[i] - start, StandardCharsets.UTF_8);
    }

    /** Puts {@code value} at {@code position}, moving those from there one place on. */
    void insert(int position, String value) {
        if (position < 0 || position > size) {
            throw new IndexOutOfBoundsException(position);
        }
        byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
        int used = size == 0 ? 0 : end[size - 1];
        if (used + encoded.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(used + encoded.length, bytes.length * 2));
        }
        if (size == end.length) {
            end = Arrays.copyOf(end, Math.max(2, size * 2));
        }
        int at = start(position);
        System.arraycopy(bytes, at, bytes, at + encoded.length, used - at);
        System.arraycopy(encoded, 0, bytes, at, encoded.length);
        System.arraycopy(end, position, end, position + 1, size - position);
        end[position] = at;
        size++;
        for (int i = position; i < size; i++) {
            end[i] += encoded.length;
        }
    }

    /** Forgets the first {@code count} strings. */
    void dropFirst(int count) {
        if (count < 0 || count > size) {
            throw new IndexOutOfBoundsException(count);
        }
        if (count == 0) {
            return;
        }
        int dropped = end[count - 1];
        System.arraycopy(bytes, dropped, bytes, 0, end[size - 1] - dropped);
        System.arraycopy(end, count, end, 0, size - count);
        size -= count;
        for (int i = 0; i < size; i++) {
            end[i] -= dropped;
        }
    }

    private int start(int i) {
        return i == 0 ? 0 : end[i - 1];
    }
}

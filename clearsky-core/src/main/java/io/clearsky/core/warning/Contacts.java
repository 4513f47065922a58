package io.clearsky.core.warning;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.warning.SubscriberState.Contact;
import io.clearsky.core.warning.SubscriberState.ContactKind;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A subscriber's risky contacts, oldest first, at most {@value #MAX} and none older than the window before the
 * latest. Three objects however many contacts: this, a {@code long[]} with two longs a contact (its time, and its
 * kind, scam type, whether verified and the lengths of its two texts packed into one) and a {@code byte[]} with each
 * contact's number or link and event id in UTF-8, one after the other. A new contact is written into arrays the state
 * already has (see {@link Moves} for why that matters), and a subscriber's first contact adds three objects to the
 * heap, not one for every field. {@link Contact} records are made only when the rules read the contacts for a
 * decision.
 */
final class Contacts {

    static final int MAX = 16;

    private static final ContactKind[] KINDS = ContactKind.values();
    private static final ScamType[] SCAM_TYPES = ScamType.values();
    private static final int LENGTH_BITS = 20;
    private static final long LENGTH_MASK = (1L << LENGTH_BITS) - 1;

    /** Contact i's time at {@code 2i}, its packed description at {@code 2i + 1} (see {@link #describe}). */
    private long[] columns;

    private byte[] texts;
    private int used;
    private int size;

    Contacts() {
        this(new long[4], new byte[64]);
    }

    private Contacts(long[] columns, byte[] texts) {
        this.columns = columns;
        this.texts = texts;
    }

    /** These contacts as bytes, as a {@link ByteArena} keeps them: the count, two longs a contact, the texts. */
    byte[] encode() {
        ByteBuffer out = ByteBuffer.allocate(1 + 2 * Long.BYTES * size + used);
        out.put((byte) size);
        for (int i = 0; i < 2 * size; i++) {
            out.putLong(columns[i]);
        }
        out.put(texts, 0, used);
        return out.array();
    }

    /** The contacts {@link #encode} wrote, with room for one more. */
    static Contacts decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int size = in.get() & 0xFF;
        long[] columns = new long[Math.min(2 * (MAX + 1), 2 * size + 2)];
        for (int i = 0; i < 2 * size; i++) {
            columns[i] = in.getLong();
        }
        int used = in.remaining();
        byte[] texts = new byte[used + 64];
        in.get(texts, 0, used);
        Contacts contacts = new Contacts(columns, texts);
        contacts.size = size;
        contacts.used = used;
        return contacts;
    }

    int size() {
        return size;
    }

    /** Adds a contact, forgetting those older than {@code windowMillis} before it and the oldest beyond the cap. */
    void add(Contact contact, long windowMillis) {
        int stale = 0;
        while (stale < size && columns[2 * stale] < contact.at() - windowMillis) {
            stale++;
        }
        dropFirst(stale);
        int position = size;
        while (position > 0 && columns[2 * (position - 1)] > contact.at()) {
            position--;
        }
        byte[] what = contact.what().getBytes(StandardCharsets.UTF_8);
        byte[] id = contact.eventId().getBytes(StandardCharsets.UTF_8);
        if (what.length > LENGTH_MASK || id.length > LENGTH_MASK) {
            throw new IllegalArgumentException("a contact's text is over " + LENGTH_MASK + " bytes");
        }
        if (2 * (size + 1) > columns.length) {
            columns = Arrays.copyOf(columns, Math.min(2 * (MAX + 1), columns.length * 2));
        }
        int length = what.length + id.length;
        if (used + length > texts.length) {
            texts = Arrays.copyOf(texts, Math.max(used + length, texts.length * 2));
        }
        int textAt = textStart(position);
        System.arraycopy(texts, textAt, texts, textAt + length, used - textAt);
        System.arraycopy(what, 0, texts, textAt, what.length);
        System.arraycopy(id, 0, texts, textAt + what.length, id.length);
        used += length;
        System.arraycopy(columns, 2 * position, columns, 2 * position + 2, 2 * (size - position));
        columns[2 * position] = contact.at();
        columns[2 * position + 1] = describe(contact, what.length, id.length);
        size++;
        if (size > MAX) {
            dropFirst(size - MAX);
        }
    }

    /** The contacts within {@code windowMillis} before {@code time}, time included, oldest first. */
    List<Contact> before(long time, long windowMillis) {
        List<Contact> recent = new ArrayList<>(size);
        int textAt = 0;
        for (int i = 0; i < size; i++) {
            long at = columns[2 * i];
            if (at >= time - windowMillis && at <= time) {
                recent.add(get(i, textAt));
            }
            textAt += textLength(columns[2 * i + 1]);
        }
        return recent;
    }

    Contact get(int i) {
        return get(i, textStart(i));
    }

    private Contact get(int i, int textAt) {
        long description = columns[2 * i + 1];
        int whatLength = (int) (description & LENGTH_MASK);
        int idLength = (int) ((description >>> LENGTH_BITS) & LENGTH_MASK);
        int scam = (int) ((description >>> (2 * LENGTH_BITS + 8)) & 0xFF);
        return new Contact(
                columns[2 * i],
                KINDS[(int) ((description >>> (2 * LENGTH_BITS)) & 0xFF)],
                new String(texts, textAt, whatLength, StandardCharsets.UTF_8),
                scam == 0 ? null : SCAM_TYPES[scam - 1],
                (description >>> (2 * LENGTH_BITS + 16) & 1) == 1,
                new String(texts, textAt + whatLength, idLength, StandardCharsets.UTF_8));
    }

    /** The lengths of the two texts (20 bits each), the kind, the scam type plus one (0: none) and verified. */
    private static long describe(Contact contact, int whatLength, int idLength) {
        long scam = contact.scamType() == null ? 0 : contact.scamType().ordinal() + 1;
        return whatLength
                | (long) idLength << LENGTH_BITS
                | (long) contact.kind().ordinal() << (2 * LENGTH_BITS)
                | scam << (2 * LENGTH_BITS + 8)
                | (contact.verified() ? 1L : 0L) << (2 * LENGTH_BITS + 16);
    }

    private static int textLength(long description) {
        return (int) (description & LENGTH_MASK) + (int) ((description >>> LENGTH_BITS) & LENGTH_MASK);
    }

    private int textStart(int i) {
        int at = 0;
        for (int j = 0; j < i; j++) {
            at += textLength(columns[2 * j + 1]);
        }
        return at;
    }

    private void dropFirst(int count) {
        if (count == 0) {
            return;
        }
        int dropped = textStart(count);
        System.arraycopy(texts, dropped, texts, 0, used - dropped);
        used -= dropped;
        System.arraycopy(columns, 2 * count, columns, 0, 2 * (size - count));
        size -= count;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeByte(size);
        for (int i = 0; i < size; i++) {
            Contact contact = get(i);
            out.writeLong(contact.at());
            out.writeByte(contact.kind().ordinal());
            out.writeUTF(contact.what());
            out.writeByte(contact.scamType() == null ? 0 : contact.scamType().ordinal() + 1);
            out.writeBoolean(contact.verified());
            out.writeUTF(contact.eventId());
        }
    }

    /** Reads what {@link #write} wrote after its count into an empty list. */
    void read(DataInputStream in, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            long time = in.readLong();
            ContactKind kind = KINDS[in.readUnsignedByte()];
            String what = in.readUTF();
            int scam = in.readUnsignedByte();
            boolean verified = in.readBoolean();
            String id = in.readUTF();
            add(new Contact(time, kind, what, scam == 0 ? null : SCAM_TYPES[scam - 1], verified, id), Long.MAX_VALUE);
        }
    }
}

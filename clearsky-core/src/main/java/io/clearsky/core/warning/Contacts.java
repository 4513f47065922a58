package io.clearsky.core.warning;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.warning.SubscriberState.Contact;
import io.clearsky.core.warning.SubscriberState.ContactKind;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A subscriber's risky contacts, oldest first, at most {@value #MAX} and none older than the window before the
 * latest: primitive columns, and the numbers, links and event ids in {@link PackedStrings}, so that a new contact is
 * written into arrays the state already has (see {@link Moves} for why). {@link Contact} records are made only when
 * the rules read the contacts for a decision.
 */
final class Contacts {

    static final int MAX = 16;

    private static final ContactKind[] KINDS = ContactKind.values();
    private static final ScamType[] SCAM_TYPES = ScamType.values();

    private long[] at = new long[2];
    /** The kind's ordinal. */
    private byte[] kind = new byte[2];
    /** The scam type's ordinal plus one, 0 when none. */
    private byte[] scamType = new byte[2];

    private boolean[] verified = new boolean[2];
    private final PackedStrings what = new PackedStrings();
    private final PackedStrings eventId = new PackedStrings();
    private int size;

    int size() {
        return size;
    }

    /** Adds a contact, forgetting those older than {@code windowMillis} before it and the oldest beyond the cap. */
    void add(Contact contact, long windowMillis) {
        int stale = 0;
        while (stale < size && at[stale] < contact.at() - windowMillis) {
            stale++;
        }
        dropFirst(stale);
        int position = size;
        while (position > 0 && at[position - 1] > contact.at()) {
            position--;
        }
        if (size == at.length) {
            int grown = Math.min(MAX + 1, size * 2);
            at = Arrays.copyOf(at, grown);
            kind = Arrays.copyOf(kind, grown);
            scamType = Arrays.copyOf(scamType, grown);
            verified = Arrays.copyOf(verified, grown);
        }
        System.arraycopy(at, position, at, position + 1, size - position);
        System.arraycopy(kind, position, kind, position + 1, size - position);
        System.arraycopy(scamType, position, scamType, position + 1, size - position);
        System.arraycopy(verified, position, verified, position + 1, size - position);
        at[position] = contact.at();
        kind[position] = (byte) contact.kind().ordinal();
        scamType[position] =
                (byte) (contact.scamType() == null ? 0 : contact.scamType().ordinal() + 1);
        verified[position] = contact.verified();
        what.insert(position, contact.what());
        eventId.insert(position, contact.eventId());
        size++;
        if (size > MAX) {
            dropFirst(size - MAX);
        }
    }

    /** The contacts within {@code windowMillis} before {@code time}, time included, oldest first. */
    List<Contact> before(long time, long windowMillis) {
        List<Contact> recent = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (at[i] >= time - windowMillis && at[i] <= time) {
                recent.add(get(i));
            }
        }
        return recent;
    }

    Contact get(int i) {
        return new Contact(
                at[i],
                KINDS[kind[i]],
                what.get(i),
                scamType[i] == 0 ? null : SCAM_TYPES[scamType[i] - 1],
                verified[i],
                eventId.get(i));
    }

    private void dropFirst(int count) {
        if (count == 0) {
            return;
        }
        System.arraycopy(at, count, at, 0, size - count);
        System.arraycopy(kind, count, kind, 0, size - count);
        System.arraycopy(scamType, count, scamType, 0, size - count);
        System.arraycopy(verified, count, verified, 0, size - count);
        what.dropFirst(count);
        eventId.dropFirst(count);
        size -= count;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeByte(size);
        for (int i = 0; i < size; i++) {
            out.writeLong(at[i]);
            out.writeByte(kind[i]);
            out.writeUTF(what.get(i));
            out.writeByte(scamType[i]);
            out.writeBoolean(verified[i]);
            out.writeUTF(eventId.get(i));
        }
    }

    /** Reads what {@link #write} wrote, the count included, into an empty list. */
    void read(DataInputStream in, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            long time = in.readLong();
            ContactKind contactKind = KINDS[in.readUnsignedByte()];
            String contactWhat = in.readUTF();
            int scam = in.readUnsignedByte();
            boolean isVerified = in.readBoolean();
            String id = in.readUTF();
            add(
                    new Contact(
                            time, contactKind, contactWhat, scam == 0 ? null : SCAM_TYPES[scam - 1], isVerified, id),
                    Long.MAX_VALUE);
        }
    }
}

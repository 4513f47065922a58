package io.clearsky.core.warning;

import io.clearsky.core.indicator.ScamType;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A subscriber's risky contacts of the last window, and the payees it paid (rules 1 and 2). */
final class SubscriberState extends KeyState {

    static final byte TAG = 1;

    /** What reached the subscriber. */
    enum ContactKind {
        CALL,
        SMS,
        SMS_LINK,
        LINK,
        APP,
        SPOOFED_CALL,
        // appended, so that contacts kept by an older version (by ordinal) read the same
        SMS_TEXT
    }

    /**
     * One risky contact.
     *
     * @param what the number, link or app
     * @param verified whether a centre verified the number or link (else it is suspected, or the contact is
     *     risky by itself, like a spoofed call)
     */
    record Contact(
            long at,
            ContactKind kind,
            String what,
            @Nullable ScamType scamType,
            boolean verified,
            String eventId) {}

    /** Risky contacts, oldest first, while the state has no arena; null while there are none. */
    @Nullable
    private Contacts contacts;

    /**
     * Where the contacts are kept instead, once an engine gave the state an arena ({@link #keepIn}); {@link
     * #stored} is then their handle, 0 while there are none. A new contact then changes a number in this state, not
     * a reference: an old state given a reference to a new object is what makes the garbage collector's pauses long.
     */
    @Nullable
    private ByteArena arena;

    private int stored;

    final Counterparties payees = new Counterparties();

    @Override
    public long retainUntil(RuleSet rules) {
        return lastSeen + rules.memory().payeeDays() * DAY_MILLIS;
    }

    /** Adds a contact, forgetting those older than {@code window} before it and the oldest beyond the cap. */
    void addContact(Contact contact, long windowMillis) {
        Contacts working = contacts();
        if (working == null) {
            working = new Contacts();
        }
        working.add(contact, windowMillis);
        if (arena == null) {
            contacts = working;
        } else {
            byte[] bytes = working.encode();
            stored = arena.replace(stored, bytes, bytes.length);
        }
    }

    /** The contacts within {@code windowMillis} before {@code time}, time included, oldest first. */
    List<Contact> contactsBefore(long time, long windowMillis) {
        Contacts held = contacts();
        return held == null ? List.of() : held.before(time, windowMillis);
    }

    /** Moves the contacts into {@code bytes} and the payees into {@code longs}, and keeps them there. */
    @Override
    void keepIn(ByteArena bytes, LongArena longs) {
        payees.keepIn(longs);
        if (arena == bytes) {
            return;
        }
        if (arena != null) {
            throw new IllegalStateException("the state already keeps its contacts in another arena");
        }
        arena = bytes;
        if (contacts != null) {
            byte[] encoded = contacts.encode();
            stored = bytes.store(encoded, encoded.length);
            contacts = null;
        }
    }

    @Override
    void release() {
        payees.release();
        if (arena != null && stored != 0) {
            arena.release(stored);
            stored = 0;
        }
    }

    private @Nullable Contacts contacts() {
        if (arena == null) {
            return contacts;
        }
        return stored == 0 ? null : Contacts.decode(arena.load(stored));
    }

    @Override
    byte tag() {
        return TAG;
    }

    @Override
    void write(DataOutputStream out) throws IOException {
        Contacts held = contacts();
        if (held == null) {
            out.writeByte(0);
        } else {
            held.write(out);
        }
        payees.write(out);
    }

    @Override
    void read(DataInputStream in) throws IOException {
        int size = in.readUnsignedByte();
        if (size > 0) {
            contacts = new Contacts();
            contacts.read(in, size);
        }
        payees.read(in);
    }
}

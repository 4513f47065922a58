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
        SPOOFED_CALL
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

    /** Risky contacts, oldest first; null while there are none. */
    @Nullable
    Contacts contacts;

    final Counterparties payees = new Counterparties();

    @Override
    public long retainUntil(RuleSet rules) {
        return lastSeen + rules.memory().payeeDays() * DAY_MILLIS;
    }

    /** Adds a contact, forgetting those older than {@code window} before it and the oldest beyond the cap. */
    void addContact(Contact contact, long windowMillis) {
        if (contacts == null) {
            contacts = new Contacts();
        }
        contacts.add(contact, windowMillis);
    }

    /** The contacts within {@code windowMillis} before {@code time}, time included, oldest first. */
    List<Contact> contactsBefore(long time, long windowMillis) {
        return contacts == null ? List.of() : contacts.before(time, windowMillis);
    }

    @Override
    byte tag() {
        return TAG;
    }

    @Override
    void write(DataOutputStream out) throws IOException {
        if (contacts == null) {
            out.writeByte(0);
        } else {
            contacts.write(out);
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

package io.clearsky.core.warning;

import io.clearsky.core.indicator.ScamType;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A subscriber's risky contacts of the last window, and the payees it paid (rules 1 and 2). */
final class SubscriberState extends KeyState {

    static final byte TAG = 1;
    private static final int MAX_CONTACTS = 16;

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
    List<Contact> contacts;

    final Counterparties payees = new Counterparties();

    @Override
    public long retainUntil(RuleSet rules) {
        return lastSeen + rules.memory().payeeDays() * DAY_MILLIS;
    }

    /** Adds a contact, forgetting those older than {@code window} before it and the oldest beyond the cap. */
    void addContact(Contact contact, long windowMillis) {
        if (contacts == null) {
            contacts = new ArrayList<>(2);
        }
        contacts.removeIf(c -> c.at() < contact.at() - windowMillis);
        int at = contacts.size();
        while (at > 0 && contacts.get(at - 1).at() > contact.at()) {
            at--;
        }
        contacts.add(at, contact);
        if (contacts.size() > MAX_CONTACTS) {
            contacts.remove(0);
        }
    }

    /** The contacts within {@code windowMillis} before {@code time}, time included, oldest first. */
    List<Contact> contactsBefore(long time, long windowMillis) {
        if (contacts == null) {
            return List.of();
        }
        List<Contact> recent = new ArrayList<>(contacts.size());
        for (Contact contact : contacts) {
            if (contact.at() >= time - windowMillis && contact.at() <= time) {
                recent.add(contact);
            }
        }
        return recent;
    }

    @Override
    byte tag() {
        return TAG;
    }

    @Override
    void write(DataOutputStream out) throws IOException {
        List<Contact> list = contacts == null ? List.of() : contacts;
        out.writeByte(list.size());
        for (Contact contact : list) {
            out.writeLong(contact.at());
            out.writeByte(contact.kind().ordinal());
            out.writeUTF(contact.what());
            out.writeByte(contact.scamType() == null ? 0 : contact.scamType().ordinal() + 1);
            out.writeBoolean(contact.verified());
            out.writeUTF(contact.eventId());
        }
        payees.write(out);
    }

    @Override
    void read(DataInputStream in) throws IOException {
        int size = in.readUnsignedByte();
        if (size > 0) {
            contacts = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                long at = in.readLong();
                ContactKind kind = ContactKind.values()[in.readUnsignedByte()];
                String what = in.readUTF();
                int scam = in.readUnsignedByte();
                boolean verified = in.readBoolean();
                String eventId = in.readUTF();
                contacts.add(
                        new Contact(at, kind, what, scam == 0 ? null : ScamType.values()[scam - 1], verified, eventId));
            }
        }
        payees.read(in);
    }
}

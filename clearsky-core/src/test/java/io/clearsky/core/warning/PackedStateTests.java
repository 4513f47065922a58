package io.clearsky.core.warning;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.warning.SubscriberState.Contact;
import io.clearsky.core.warning.SubscriberState.ContactKind;
import org.junit.jupiter.api.Test;

/** The primitive columns a subscriber keeps its risky contacts in ({@link Contacts}). */
class PackedStateTests {

    @Test
    void contactsKeepTimeOrderForgetOutsideTheWindowAndKeepAtMostTheCap() {
        Contacts contacts = new Contacts();
        contacts.add(contact(500, "+8617000000005"), 1_600);
        contacts.add(contact(300, "+8617000000003"), 1_600);
        contacts.add(contact(2_000, "+8617000000020"), 1_600);

        // the contact at 300 is more than 1,600 ms before the one at 2,000 and is forgotten; 500 is not
        assertThat(contacts.before(2_000, 10_000))
                .extracting(Contact::what)
                .containsExactly("+8617000000005", "+8617000000020");
        assertThat(contacts.before(1_900, 1_500)).extracting(Contact::what).containsExactly("+8617000000005");

        for (int i = 0; i < Contacts.MAX + 5; i++) {
            contacts.add(contact(3_000 + i, "n" + i), 1_000_000);
        }
        assertThat(contacts.size()).isEqualTo(Contacts.MAX);
        assertThat(contacts.get(0).what()).isEqualTo("n5");
    }

    @Test
    void aSubscriberWithContactsSurvivesItsBytes() {
        SubscriberState state = new SubscriberState();
        state.lastSeen = 9_000;
        state.addContact(contact(100, "+8617000000001"), 1_800_000);
        state.addContact(new Contact(200, ContactKind.APP, "com.tencent.wemeet", null, false, "app-1"), 1_800_000);
        state.payees.remember(42L << 16, 20_000, 32);

        SubscriberState back = (SubscriberState) KeyState.fromBytes(state.toBytes());

        assertThat(back.toBytes()).isEqualTo(state.toBytes());
        assertThat(back.contactsBefore(300, 1_800_000)).isEqualTo(state.contactsBefore(300, 1_800_000));
        assertThat(back.contactsBefore(300, 1_800_000).get(0).scamType()).isEqualTo(ScamType.FAKE_CUSTOMER_SERVICE);
    }

    @Test
    void contactsKeptInAnArenaReadAndChangeAsContactsKeptInTheState() {
        ByteArena arena = new ByteArena();
        SubscriberState inArena = new SubscriberState();
        SubscriberState inState = new SubscriberState();
        inArena.addContact(contact(100, "+8617000000001"), 1_800_000);
        inState.addContact(contact(100, "+8617000000001"), 1_800_000);
        inArena.keepIn(arena, new LongArena());
        assertThat(arena.blocksInUse()).isPositive();

        for (int i = 0; i < Contacts.MAX + 3; i++) {
            Contact next = new Contact(200 + i, ContactKind.SMS_LINK, "https://例子.cn/" + i, null, false, "短信-" + i);
            inArena.addContact(next, 1_800_000);
            inState.addContact(next, 1_800_000);
        }

        assertThat(inArena.contactsBefore(1_000, 1_800_000))
                .hasSize(Contacts.MAX)
                .isEqualTo(inState.contactsBefore(1_000, 1_800_000));
        assertThat(inArena.toBytes()).isEqualTo(inState.toBytes());
        inArena.release();
        assertThat(arena.blocksInUse()).isZero();
    }

    @Test
    void payeesKeptInAnArenaAreRememberedAndForgottenAsPayeesKeptInTheState() {
        LongArena arena = new LongArena();
        Counterparties inArena = new Counterparties();
        Counterparties inState = new Counterparties();
        inArena.remember(1L << 16, 100, 5);
        inState.remember(1L << 16, 100, 5);
        inArena.keepIn(arena);

        // more accounts than the cap, some seen again: the arena's block grows, and the least recent is forgotten
        for (int i = 2; i <= 9; i++) {
            inArena.remember((long) i << 16, 100 + i, 5);
            inState.remember((long) i << 16, 100 + i, 5);
            inArena.remember(3L << 16, 100 + i, 5);
            inState.remember(3L << 16, 100 + i, 5);
        }

        assertThat(inArena.size()).isEqualTo(5).isEqualTo(inState.size());
        for (long hash = 1; hash <= 9; hash++) {
            assertThat(inArena.knows(hash << 16, 110, 30))
                    .as("account %d", hash)
                    .isEqualTo(inState.knows(hash << 16, 110, 30));
        }
        assertThat(bytes(inArena)).isEqualTo(bytes(inState));
        assertThat(arena.longsInUse()).isEqualTo(8);
        inArena.release();
        assertThat(arena.longsInUse()).isZero();
    }

    @Test
    void contactsComeBackFromTheirBytesWithRoomForMore() {
        Contacts contacts = new Contacts();
        contacts.add(contact(100, "+8617000000001"), 1_000);
        contacts.add(new Contact(200, ContactKind.APP, "com.tencent.wemeet", null, false, "app-1"), 1_000);

        Contacts back = Contacts.decode(contacts.encode());
        back.add(contact(300, "+8617000000003"), 1_000);
        contacts.add(contact(300, "+8617000000003"), 1_000);

        assertThat(back.before(300, 1_000)).hasSize(3).isEqualTo(contacts.before(300, 1_000));
        assertThat(Contacts.decode(new Contacts().encode()).size()).isZero();
    }

    @Test
    void everyFieldOfAContactComesBackWhateverItsText() {
        Contacts contacts = new Contacts();
        Contact link = new Contact(100, ContactKind.SMS_LINK, "https://例子.cn/支付?id=1", null, false, "短信-1");
        Contact call = new Contact(50, ContactKind.SPOOFED_CALL, "+8695588", ScamType.values()[0], true, "c");
        contacts.add(link, 1_000);
        contacts.add(call, 1_000);

        assertThat(contacts.before(100, 1_000)).containsExactly(call, link);
    }

    private static byte[] bytes(Counterparties counterparties) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream data = new java.io.DataOutputStream(out)) {
            counterparties.write(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Contact contact(long at, String number) {
        return new Contact(at, ContactKind.CALL, number, ScamType.FAKE_CUSTOMER_SERVICE, true, "e-" + at);
    }
}

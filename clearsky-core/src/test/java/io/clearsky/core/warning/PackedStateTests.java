package io.clearsky.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.warning.SubscriberState.Contact;
import io.clearsky.core.warning.SubscriberState.ContactKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The primitive columns states keep their lists in: {@link PackedStrings} and {@link Contacts}. */
class PackedStateTests {

    @Test
    void packedStringsInsertAnywhereAndDropFromTheFront() {
        PackedStrings strings = new PackedStrings();
        strings.insert(0, "b");
        strings.insert(0, "a");
        strings.insert(2, "诈骗-d");
        strings.insert(2, "");
        strings.insert(2, "c");

        assertThat(all(strings)).containsExactly("a", "b", "c", "", "诈骗-d");

        strings.dropFirst(2);
        assertThat(all(strings)).containsExactly("c", "", "诈骗-d");
        strings.dropFirst(3);
        assertThat(strings.size()).isZero();
        strings.insert(0, "again");
        assertThat(all(strings)).containsExactly("again");

        assertThatThrownBy(() -> strings.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> strings.insert(3, "x")).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> strings.dropFirst(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

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

    private static Contact contact(long at, String number) {
        return new Contact(at, ContactKind.CALL, number, ScamType.FAKE_CUSTOMER_SERVICE, true, "e-" + at);
    }

    private static List<String> all(PackedStrings strings) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            all.add(strings.get(i));
        }
        return all;
    }
}

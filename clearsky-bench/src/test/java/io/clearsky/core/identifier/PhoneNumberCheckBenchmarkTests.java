package io.clearsky.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PhoneNumberCheckBenchmarkTests {

    private static final PhoneNumberCheckBenchmark BENCHMARK = new PhoneNumberCheckBenchmark();

    @BeforeAll
    static void build() {
        BENCHMARK.phoneNumbers = 200_000;
        BENCHMARK.slowPathPercent = 5;
        BENCHMARK.build();
    }

    @Test
    void oursAndLibphonenumberNormaliseEveryInputAlike() throws NumberParseException {
        for (int i = 0; i < 100_000; i++) {
            String raw = BENCHMARK.inputs[i];
            assertThat(PhoneNumbers.parseToKey(raw))
                    .as(raw)
                    .isEqualTo(PhoneNumberCheckBenchmark.libphonenumberKey(raw));
        }
    }

    @Test
    void oursAndThePeerAgreeOnEveryLookupAndATenthHit() throws NumberParseException {
        PhoneNumberCheckBenchmark.Cursor ours = new PhoneNumberCheckBenchmark.Cursor();
        PhoneNumberCheckBenchmark.Cursor peer = new PhoneNumberCheckBenchmark.Cursor();
        int hits = 0;
        int inputs = 100_000;

        for (int i = 0; i < inputs; i++) {
            long state = BENCHMARK.parseToKeyAndLookup(ours);
            assertThat(state).isEqualTo(BENCHMARK.libphonenumberAndFastutil(peer));
            hits += state != 0 ? 1 : 0;
        }

        assertThat((double) hits / inputs).isBetween(0.09, 0.11);
    }
}

package io.clearsky.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticPhoneNumbersTests {

    private static final int COUNT = 50_000;

    @Test
    void theSameSeedGivesTheSameKeysProbesAndInputs() {
        long[] keys = SyntheticPhoneNumbers.distinctMobileKeys(1, COUNT);
        LongPredicate listed = listed(keys);

        assertThat(SyntheticPhoneNumbers.distinctMobileKeys(1, COUNT)).isEqualTo(keys);
        assertThat(SyntheticPhoneNumbers.distinctMobileKeys(2, COUNT)).isNotEqualTo(keys);
        assertThat(SyntheticPhoneNumbers.probes(3, keys, listed, COUNT, 0.5))
                .isEqualTo(SyntheticPhoneNumbers.probes(3, keys, listed, COUNT, 0.5));
        assertThat(SyntheticPhoneNumbers.rawInputs(4, keys, listed, COUNT, 5))
                .isEqualTo(SyntheticPhoneNumbers.rawInputs(4, keys, listed, COUNT, 5));
    }

    @Test
    void keysAreDistinctValidMobileNumbers() {
        long[] keys = SyntheticPhoneNumbers.distinctMobileKeys(1, COUNT);

        assertThat(Arrays.stream(keys).distinct().count()).isEqualTo(COUNT);
        for (long key : keys) {
            PhoneNumber number = PhoneNumbers.parse(PhoneNumber.e164OfKey(key));
            assertThat(number.category()).isEqualTo(PhoneNumberCategory.MOBILE);
            assertThat(PhoneNumbers.fastMobileKey(Long.toString(key))).isEqualTo(key);
        }
    }

    @Test
    void everyRawStyleParsesBackToItsKeyOnTheFastPath() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 10_000; i++) {
            long key = SyntheticPhoneNumbers.mobileKey(random);
            for (int style = 0; style < SyntheticPhoneNumbers.RAW_STYLES; style++) {
                String raw = SyntheticPhoneNumbers.raw(key, style);
                assertThat(PhoneNumbers.fastMobileKey(raw)).as(raw).isEqualTo(key);
                assertThat(PhoneNumbers.parse(raw).key()).as(raw).isEqualTo(key);
            }
        }
        assertThat(SyntheticPhoneNumbers.raw(8613800138000L, 5)).isEqualTo("(+86)138-0013-8000");
        assertThat(SyntheticPhoneNumbers.raw(8613800138000L, 6)).isEqualTo("１３８００１３８０００");
    }

    @Test
    void probesHitAsOftenAsAsked() {
        long[] keys = SyntheticPhoneNumbers.distinctMobileKeys(1, COUNT);
        LongPredicate listed = listed(keys);

        long hits = Arrays.stream(SyntheticPhoneNumbers.probes(3, keys, listed, COUNT, 0.5))
                .filter(listed::test)
                .count();

        assertThat((double) hits / COUNT).isBetween(0.49, 0.51);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 20})
    void rawInputsAreTheDocumentedMix(int slowPathPercent) {
        long[] keys = SyntheticPhoneNumbers.distinctMobileKeys(1, COUNT);
        LongPredicate listed = listed(keys);
        int hits = 0;
        int slowPath = 0;
        int landlines = 0;

        for (String raw : SyntheticPhoneNumbers.rawInputs(4, keys, listed, COUNT, slowPathPercent)) {
            PhoneNumber number = PhoneNumbers.parse(raw);
            assertThat(PhoneNumbers.parseToKey(raw)).as(raw).isEqualTo(number.key());
            hits += listed.test(number.key()) ? 1 : 0;
            slowPath += PhoneNumbers.fastMobileKey(raw) < 0 ? 1 : 0;
            landlines += number.category() == PhoneNumberCategory.LANDLINE ? 1 : 0;
        }

        assertThat((double) hits / COUNT).isBetween(0.09, 0.11);
        assertThat((double) slowPath / COUNT).isCloseTo(slowPathPercent / 100.0, within(0.005));
        assertThat((double) landlines / COUNT).isCloseTo(slowPathPercent * 0.6 / 100.0, within(0.005));
    }

    private static LongPredicate listed(long[] keys) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        return key -> Arrays.binarySearch(sorted, key) >= 0;
    }
}

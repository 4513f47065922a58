package io.clearsky.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTests {

    private static final NormalizationContext XIAMEN = new NormalizationContext("592");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13800138000",
                "+8613800138000",
                "+86 138 0013 8000",
                "008613800138000",
                "0086-138-0013-8000",
                "8613800138000",
                "86 138 0013 8000",
                "138-0013-8000",
                "138.0013.8000",
                "(+86) 138 0013 8000",
                "  13800138000  ",
                "１３８００１３８０００",
                "＋８６　１３８－００１３－８０００",
                "17951 13800138000",
                "12593-13800138000",
                "17911 138 0013 8000",
                "10193 13800138000",
                "013800138000",
                "+86 (0) 138 0013 8000"
            })
    void mobileNumbersInEveryFormatBecomeTheSameE164(String raw) {
        PhoneNumber number = PhoneNumbers.parse(raw);

        assertThat(number.e164()).isEqualTo("+8613800138000");
        assertThat(number.key()).isEqualTo(8613800138000L);
        assertThat(number.category()).isEqualTo(PhoneNumberCategory.MOBILE);
        assertThat(number.regionCode()).isEqualTo("CN");
        assertThat(PhoneNumbers.parseToKey(raw)).isEqualTo(8613800138000L);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "010-12345678     | +861012345678",
                "(010) 1234 5678  | +861012345678",
                "(0592) 1234567   | +865921234567",
                "0592-1234567     | +865921234567",
                "+86 10 1234 5678 | +861012345678",
                "0086 592 1234567 | +865921234567",
                "+86 (0)592 1234567 | +865921234567",
                "021-12345678     | +862112345678",
                "17951 0592 1234567 | +865921234567"
            })
    void landlinesWithAreaCodeAreLandlines(String raw, String e164) {
        PhoneNumber number = PhoneNumbers.parse(raw);

        assertThat(number.e164()).isEqualTo(e164);
        assertThat(number.category()).isEqualTo(PhoneNumberCategory.LANDLINE);
        assertThat(number.regionCode()).isEqualTo("CN");
    }

    @Test
    void localLandlinesTakeTheDefaultAreaCode() {
        assertThat(PhoneNumbers.parse("2345678", XIAMEN).e164()).isEqualTo("+865922345678");
        assertThat(PhoneNumbers.parse("234-5678", new NormalizationContext("0592"))
                        .e164())
                .isEqualTo("+865922345678");
        PhoneNumber beijing = PhoneNumbers.parse("6512 3456", new NormalizationContext("10"));
        assertThat(beijing.e164()).isEqualTo("+861065123456");
        assertThat(beijing.category()).isEqualTo(PhoneNumberCategory.LANDLINE);
    }

    @Test
    void localLandlinesWithoutAnyAreaCodeAreRefused() {
        assertThatThrownBy(() -> PhoneNumbers.parse("65123456"))
                .isInstanceOfSatisfying(
                        InvalidIdentifierException.class,
                        e -> assertThat(e.reason())
                                .isEqualTo(
                                        "a local landline number of 8 digits needs an area code, and no default area code"
                                                + " was given"));
    }

    @Test
    void localLandlinesThatDoNotFitTheAreaCodeAreRefused() {
        assertThatThrownBy(() -> PhoneNumbers.parse("2345678", new NormalizationContext("10")))
                .isInstanceOfSatisfying(
                        InvalidIdentifierException.class,
                        e -> assertThat(e.reason())
                                .isEqualTo("2345678 is not a valid landline number in area code 010"));
    }

    @ParameterizedTest
    @CsvSource({
        "110, +86110",
        "119, +86119",
        "120, +86120",
        "122, +86122",
        "12110, +8612110",
        "12381, +8612381",
        "96110, +8696110",
        "95588, +8695588",
        "95 555, +8695555",
        "95105888, +8695105888",
        "951058, +86951058",
        "10086, +8610086",
        "10010, +8610010",
        "10000, +8610000",
        "12315, +8612315",
        "+86 95588, +8695588",
        "0086 110, +86110",
        "+86 96110, +8696110",
        "０５９２ ９６１１０, +8659296110",
        "９５５８８, +8695588"
    })
    void serviceNumbersAreServiceNumbers(String raw, String e164) {
        PhoneNumber number = PhoneNumbers.parse(raw);

        assertThat(number.e164()).isEqualTo(e164);
        assertThat(number.category()).isEqualTo(PhoneNumberCategory.SERVICE);
        assertThat(number.regionCode()).isEqualTo("CN");
        assertThat(PhoneNumbers.parseToKey(raw)).isEqualTo(PhoneNumber.keyOf(e164));
    }

    @ParameterizedTest
    @CsvSource({
        "400-820-5555, +864008205555",
        "400 123 4567, +864001234567",
        "800-123-4567, +868001234567",
        "+86 400 820 5555, +864008205555"
    })
    void fourHundredAndEightHundredNumbersAreTollFree(String raw, String e164) {
        PhoneNumber number = PhoneNumbers.parse(raw);

        assertThat(number.e164()).isEqualTo(e164);
        assertThat(number.category()).isEqualTo(PhoneNumberCategory.TOLL_FREE);
    }

    @ParameterizedTest
    @CsvSource({
        "+1 202-555-0173, +12025550173, US",
        "001 202 555 0173, +12025550173, US",
        "+44 20 7946 0958, +442079460958, GB",
        "0044 (0)20 7946 0958, +442079460958, GB",
        "+852 9123 4567, +85291234567, HK",
        "＋１ ２０２ ５５５ ０１７３, +12025550173, US",
        "17951 001 202 555 0173, +12025550173, US"
    })
    void foreignNumbersAreForeignWithTheirRegion(String raw, String e164, String region) {
        PhoneNumber number = PhoneNumbers.parse(raw);

        assertThat(number.e164()).isEqualTo(e164);
        assertThat(number.category()).isEqualTo(PhoneNumberCategory.FOREIGN);
        assertThat(number.regionCode()).isEqualTo(region);
        assertThat(PhoneNumbers.parseToKey(raw)).isEqualTo(number.key());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''                 | the number is empty",
                "'   '              | the number is empty",
                "' - ( ) '          | the number has no digits",
                "138abc00138000     | a phone number is written with digits only, this contains letters",
                "电话13800138000     | a phone number is written with digits only, this contains letters",
                "138*0013*8000      | the character '*' does not belong in a phone number",
                "86+13800138000     | a '+' may only stand in front of the country code",
                "1380013800         | a Chinese mobile number has 11 digits, this has 10",
                "138001380001       | a Chinese mobile number has 11 digits, this has 12",
                "12000000000        | 12000000000 is not in a Chinese mobile number range",
                "+86 12000000000    | 12000000000 is not in a Chinese mobile number range",
                "123456789012345678901 | a phone number has at most 15 digits, this has more than 20",
                "+1 202 555 017     | +1202555017 is not a valid number for country code +1 (US)",
                "+999 1234 5678     | +99912345678 does not start with a known country code",
                "00                 | no number follows the international prefix",
                "+86 1234 5678 9012 3 | a Chinese number has at most 12 digits after +86, this has 13"
            })
    void garbageIsRefusedWithAReason(String raw, String reason) {
        assertThatThrownBy(() -> PhoneNumbers.parse(raw))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IndicatorKind.PHONE_NUMBER);
                    assertThat(e.input()).isEqualTo(raw);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).isEqualTo("PHONE_NUMBER: " + reason);
                });
        assertThatThrownBy(() -> PhoneNumbers.parseToKey(raw)).isInstanceOf(InvalidIdentifierException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0592-123", "0000000", "12", "7", "+86 0 0 123", "059212345678901"})
    void otherMalformedNumbersAreRefused(String raw) {
        assertThatThrownBy(() -> PhoneNumbers.parse(raw)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void eightySixWithoutPlusIsOnlyACountryCodeBeforeAMobileNumber() {
        // 86 followed by an 8-digit local number is a local number of 10 digits, which is not valid
        assertThatThrownBy(() -> PhoneNumbers.parse("86 0592 1234567")).isInstanceOf(InvalidIdentifierException.class);
        assertThat(PhoneNumbers.parse("8613800138000").e164()).isEqualTo("+8613800138000");
    }

    @Test
    void ipDiallingPrefixIsKeptWhenWhatFollowsIsNotANumber() {
        // 17951 + 6 digits is an 11-digit mobile-looking number, not a prefix before a number
        assertThatThrownBy(() -> PhoneNumbers.parse("17951123456"))
                .isInstanceOfSatisfying(
                        InvalidIdentifierException.class,
                        e -> assertThat(e.reason()).isEqualTo("17951123456 is not in a Chinese mobile number range"));
    }

    @Test
    void fastPathTakesTheCommonMobileFormats() {
        assertThat(PhoneNumbers.fastMobileKey("13800138000")).isEqualTo(8613800138000L);
        assertThat(PhoneNumbers.fastMobileKey("+86 138-0013-8000")).isEqualTo(8613800138000L);
        assertThat(PhoneNumbers.fastMobileKey("0086 13800138000")).isEqualTo(8613800138000L);
        assertThat(PhoneNumbers.fastMobileKey("8613800138000")).isEqualTo(8613800138000L);
        assertThat(PhoneNumbers.fastMobileKey("＋８６１３８００１３８０００")).isEqualTo(8613800138000L);
    }

    @Test
    void fastPathLeavesEverythingElseToTheFullPath() {
        assertThat(PhoneNumbers.fastMobileKey("12000000000")).isEqualTo(-1);
        assertThat(PhoneNumbers.fastMobileKey("+13800138000")).isEqualTo(-1);
        assertThat(PhoneNumbers.fastMobileKey("+008613800138000")).isEqualTo(-1);
        assertThat(PhoneNumbers.fastMobileKey("010-12345678")).isEqualTo(-1);
        assertThat(PhoneNumbers.fastMobileKey("95588")).isEqualTo(-1);
        assertThat(PhoneNumbers.fastMobileKey("138 0013 800x")).isEqualTo(-1);
        assertThat(PhoneNumbers.fastMobileKey("1795113800138000")).isEqualTo(-1);
    }

    @Test
    void fastPathAgreesWithTheFullPathOnGeneratedInput() {
        SplittableRandom random = new SplittableRandom(20240611L);
        int fastHits = 0;
        int valid = 0;
        for (int i = 0; i < 100_000; i++) {
            String raw = format(random, randomElevenDigits(random));
            long fast = PhoneNumbers.fastMobileKey(raw);
            Long full;
            try {
                full = PhoneNumbers.parse(raw).key();
                valid++;
            } catch (InvalidIdentifierException e) {
                full = null;
            }
            if (fast >= 0) {
                fastHits++;
                assertThat(full).as(raw).isEqualTo(fast);
            }
            if (full == null) {
                assertThatThrownBy(() -> PhoneNumbers.parseToKey(raw))
                        .as(raw)
                        .isInstanceOf(InvalidIdentifierException.class);
            } else {
                assertThat(PhoneNumbers.parseToKey(raw)).as(raw).isEqualTo(full);
                if (PhoneNumbers.parse(raw).category() == PhoneNumberCategory.MOBILE && !raw.contains("17951")) {
                    assertThat(fast).as(raw).isEqualTo(full);
                }
            }
        }
        assertThat(fastHits).isGreaterThan(30_000);
        assertThat(valid).isGreaterThan(30_000).isLessThan(100_000);
    }

    private static String randomElevenDigits(SplittableRandom random) {
        StringBuilder digits = new StringBuilder("1");
        // mostly plausible second digits, some in ranges that do not exist
        digits.append(random.nextInt(10) < 8 ? (char) ('3' + random.nextInt(7)) : (char) ('0' + random.nextInt(3)));
        while (digits.length() < 11) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static String format(SplittableRandom random, String national) {
        String[] prefixes = {"", "", "", "+86", "+86 ", "0086", "0086 ", "86", "(+86) ", "＋８６", "17951 "};
        String[] separators = {"", " ", "-", ".", "　", "－"};
        String separator = separators[random.nextInt(separators.length)];
        StringBuilder raw = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
        boolean fullWidth = random.nextInt(10) == 0;
        for (int i = 0; i < national.length(); i++) {
            if (i == 3 || i == 7) {
                raw.append(separator);
            }
            char c = national.charAt(i);
            raw.append(fullWidth ? (char) (c - '0' + '０') : c);
        }
        if (random.nextInt(50) == 0) {
            raw.deleteCharAt(raw.length() - 1);
        }
        return raw.toString();
    }
}

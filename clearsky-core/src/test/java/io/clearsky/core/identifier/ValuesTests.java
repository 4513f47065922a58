package io.clearsky.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The value records refuse to exist in an invalid state. */
class ValuesTests {

    @Test
    void identifierRefusesBlankValues() {
        assertThatThrownBy(() -> new Identifier(IndicatorKind.URL, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Identifier(IndicatorKind.URL, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyOfAndE164OfKeyRoundTrip() {
        assertThat(PhoneNumber.keyOf("+8613800138000")).isEqualTo(8613800138000L);
        assertThat(PhoneNumber.e164OfKey(8613800138000L)).isEqualTo("+8613800138000");
        assertThat(PhoneNumber.e164OfKey(86110L)).isEqualTo("+86110");
        assertThat(PhoneNumber.keyOf("+999999999999999")).isEqualTo(999_999_999_999_999L);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            long key = random.nextLong(1, 1_000_000_000_000_000L);
            assertThat(PhoneNumber.keyOf(PhoneNumber.e164OfKey(key))).isEqualTo(key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "8613800138000", "+08613800138000", "+86 138", "+1234567890123456", "+86abc"})
    void keyOfRefusesWhatIsNotE164(String text) {
        assertThatThrownBy(() -> PhoneNumber.keyOf(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 1_000_000_000_000_000L})
    void e164OfKeyRefusesKeysOutsideE164(long key) {
        assertThatThrownBy(() -> PhoneNumber.e164OfKey(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void phoneNumberRefusesAKeyThatDoesNotMatchItsE164() {
        assertThatThrownBy(() -> new PhoneNumber("+8613800138000", 8613800138001L, PhoneNumberCategory.MOBILE, "CN"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhoneNumber("+8613800138000", 8613800138000L, PhoneNumberCategory.MOBILE, "cn"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void phoneNumberIsAPhoneNumberIdentifier() {
        assertThat(PhoneNumbers.parse("13800138000").toIdentifier())
                .isEqualTo(new Identifier(IndicatorKind.PHONE_NUMBER, "+8613800138000"));
    }

    @Test
    void normalizationContextDropsTheTrunkPrefixOfTheAreaCode() {
        assertThat(new NormalizationContext("0592").defaultAreaCode()).isEqualTo("592");
        assertThat(NormalizationContext.withDefaultAreaCode("10").defaultAreaCode())
                .isEqualTo("10");
        assertThat(NormalizationContext.NONE.defaultAreaCode()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "5", "05921", "abc", "00592"})
    void normalizationContextRefusesMalformedAreaCodes(String areaCode) {
        assertThatThrownBy(() -> new NormalizationContext(areaCode)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canonicalUrlRefusesOtherSchemes() {
        assertThatThrownBy(() -> new CanonicalUrl("ftp://evil.com/", "evil.com", "evil.com"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidIdentifierExceptionMessageIsKindAndReason() {
        InvalidIdentifierException e =
                new InvalidIdentifierException(IndicatorKind.BANK_CARD, "4111", "the card number fails the Luhn check");
        assertThat(e.getMessage()).isEqualTo("BANK_CARD: the card number fails the Luhn check");
        assertThat(e.input()).isEqualTo("4111");
    }
}

package io.clearsky.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IdentifiersTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PHONE_NUMBER    | 0086 138-0013-8000       | +8613800138000",
                "URL             | Evil.com/a/../pay#x      | http://evil.com/pay",
                "DOMAIN          | WWW.Evil.com.            | www.evil.com",
                "PAYMENT_ACCOUNT | 支付宝:13800138000         | alipay:+8613800138000",
                "BANK_CARD       | 4111 1111 1111 1111      | 4111111111111111",
                "CHAT_ACCOUNT    | QQ:12345678              | qq:12345678"
            })
    void dispatchesByKind(IndicatorKind kind, String raw, String value) {
        assertThat(Identifiers.parse(kind, raw)).isEqualTo(new Identifier(kind, value));
    }

    @Test
    void passesTheContextToPhoneNumbers() {
        assertThat(Identifiers.parse(IndicatorKind.PHONE_NUMBER, "2345678", new NormalizationContext("0592")))
                .isEqualTo(new Identifier(IndicatorKind.PHONE_NUMBER, "+865922345678"));
    }

    @ParameterizedTest
    @EnumSource(IndicatorKind.class)
    void refusesGarbageOfEveryKindWithKindInputAndReason(IndicatorKind kind) {
        assertThatThrownBy(() -> Identifiers.parse(kind, "  ???  "))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.input()).isEqualTo("  ???  ");
                    assertThat(e.reason()).isNotBlank();
                    assertThat(e.getMessage()).isEqualTo(kind + ": " + e.reason());
                });
    }

    @ParameterizedTest
    @EnumSource(IndicatorKind.class)
    void refusesEmptyInputOfEveryKind(IndicatorKind kind) {
        assertThatThrownBy(() -> Identifiers.parse(kind, ""))
                .isInstanceOfSatisfying(
                        InvalidIdentifierException.class,
                        e -> assertThat(e.kind()).isEqualTo(kind));
    }
}

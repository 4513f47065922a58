package io.clearsky.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatAccountsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "qq:12345678             | qq:12345678",
                "QQ : 12345              | qq:12345",
                "qq:12345678901          | qq:12345678901",
                "wechat:Fraud_Boss-1     | wechat:fraud_boss-1",
                "weixin:fraud_boss       | wechat:fraud_boss",
                "微信：fraud_boss          | wechat:fraud_boss",
                "telegram:@Fraud_Boss    | telegram:fraud_boss",
                "Telegram:fraud_boss     | telegram:fraud_boss",
                "line:Fraud.Boss/88      | line:Fraud.Boss/88",
                "whatsapp:+85291234567   | whatsapp:+85291234567"
            })
    void canonicalFormIsPlatformColonId(String raw, String canonical) {
        assertThat(ChatAccounts.parse(raw)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "qq:1234                  | a QQ number has 5 to 11 digits and does not start with 0",
                "qq:012345                | a QQ number has 5 to 11 digits and does not start with 0",
                "qq:123456789012          | a QQ number has 5 to 11 digits and does not start with 0",
                "qq:12345a                | a QQ number has 5 to 11 digits and does not start with 0",
                "wechat:1fraud_boss       | a WeChat ID has 6 to 20 letters, digits, '_' or '-' and starts with a letter",
                "wechat:abcde             | a WeChat ID has 6 to 20 letters, digits, '_' or '-' and starts with a letter",
                "wechat:abcdefghijklmnopqrstu | a WeChat ID has 6 to 20 letters, digits, '_' or '-' and starts with a letter",
                "wechat:fraud.boss        | a WeChat ID has 6 to 20 letters, digits, '_' or '-' and starts with a letter",
                "telegram:@abcd           | a Telegram username has 5 to 32 letters, digits or '_'",
                "telegram:fraud-boss      | a Telegram username has 5 to 32 letters, digits or '_'",
                "line:fraud boss          | a chat account ID contains no spaces",
                "qq12345678               | an account is written platform:account, e.g. qq:12345678; this has no ':'",
                "l:fraud                  | the platform 'l' is neither a known platform nor 2 to 32 of a-z, 0-9, '_' and '-'"
            })
    void refusesMalformedIds(String raw, String reason) {
        assertThatThrownBy(() -> ChatAccounts.parse(raw))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IndicatorKind.CHAT_ACCOUNT);
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }

    @Test
    void refusesIdsLongerThan128Characters() {
        assertThat(ChatAccounts.parse("line:" + "a".repeat(128))).hasSize(5 + 128);
        assertThatThrownBy(() -> ChatAccounts.parse("line:" + "a".repeat(129)))
                .isInstanceOf(InvalidIdentifierException.class);
    }
}

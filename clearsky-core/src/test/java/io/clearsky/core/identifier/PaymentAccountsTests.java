package io.clearsky.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentAccountsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "alipay:13800138000              | alipay:+8613800138000",
                "Alipay : +86 138 0013 8000       | alipay:+8613800138000",
                "支付宝：138-0013-8000             | alipay:+8613800138000",
                "wechat:wxid_abc123              | wechatpay:wxid_abc123",
                "WeChatPay:wxid_abc123           | wechatpay:wxid_abc123",
                "wxpay:wxid_abc123               | wechatpay:wxid_abc123",
                "微信支付:wxid_abc123             | wechatpay:wxid_abc123",
                "微信:wxid_abc123                 | wechatpay:wxid_abc123",
                "unionpay:6222021234567890128    | unionpay:6222021234567890128",
                "云闪付:13800138000                | unionpay:+8613800138000",
                "jdpay:Fraud.Shop@Example.COM    | jdpay:fraud.shop@example.com",
                "京东支付:shop001                  | jdpay:shop001",
                "douyinpay:DY_Shop_7             | douyinpay:DY_Shop_7",
                "抖音支付:DY_Shop_7                | douyinpay:DY_Shop_7",
                "paypal:+1 202 555 0173          | paypal:+12025550173",
                "my-bank_2:ACC-0042              | my-bank_2:ACC-0042",
                "alipay:12345                    | alipay:12345",
                "alipay:65123456                 | alipay:65123456"
            })
    void canonicalFormIsPlatformColonAccount(String raw, String canonical) {
        assertThat(PaymentAccounts.parse(raw)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "alipay13800138000    | an account is written platform:account, e.g. alipay:13800138000; this has no ':'",
                ":13800138000         | the platform before ':' is empty, e.g. alipay:13800138000",
                "alipay:              | the account after ':' is empty",
                "\"alipay:   \"       | the account after ':' is empty",
                "x:abc                | the platform 'x' is neither a known platform nor 2 to 32 of a-z, 0-9, '_' and '-'",
                "pay pal:abc          | the platform 'pay pal' is neither a known platform nor 2 to 32 of a-z, 0-9, '_' and '-'",
                "alipay:fraud shop    | an account contains no spaces unless it is a phone number"
            })
    void refusesMalformedAccounts(String raw, String reason) {
        assertThatThrownBy(() -> PaymentAccounts.parse(raw))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IndicatorKind.PAYMENT_ACCOUNT);
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }

    @org.junit.jupiter.api.Test
    void refusesAccountsLongerThan128Characters() {
        assertThat(PaymentAccounts.parse("alipay:" + "a".repeat(128))).hasSize(7 + 128);
        assertThatThrownBy(() -> PaymentAccounts.parse("alipay:" + "a".repeat(129)))
                .isInstanceOfSatisfying(
                        InvalidIdentifierException.class,
                        e -> assertThat(e.reason()).isEqualTo("an account has at most 128 characters, this has 129"));
    }
}

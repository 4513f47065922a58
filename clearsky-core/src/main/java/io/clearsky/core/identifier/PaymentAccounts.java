package io.clearsky.core.identifier;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Canonicalises payment accounts written "platform:account", e.g. "alipay:+8613800138000". */
public final class PaymentAccounts {

    // An account becomes an E.164 number only when it is unmistakably a phone number: a Chinese
    // mobile number, or a number written with '+' or 00. Short digit strings such as "12345" would
    // otherwise turn into service numbers and 8-digit ones would fail for want of an area code.

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("alipay", "alipay"),
            Map.entry("支付宝", "alipay"),
            Map.entry("wechat", "wechatpay"),
            Map.entry("wechatpay", "wechatpay"),
            Map.entry("wxpay", "wechatpay"),
            Map.entry("微信支付", "wechatpay"),
            Map.entry("微信", "wechatpay"),
            Map.entry("unionpay", "unionpay"),
            Map.entry("云闪付", "unionpay"),
            Map.entry("jdpay", "jdpay"),
            Map.entry("京东支付", "jdpay"),
            Map.entry("douyinpay", "douyinpay"),
            Map.entry("抖音支付", "douyinpay"));
    private static final int MAX_ACCOUNT_LENGTH = 128;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE_LIKE = Pattern.compile("[+＋0-9０-９ ()（）.\\-－]+");

    private PaymentAccounts() {}

    /** The canonical "platform:account" text of raw input. */
    public static String parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        PlatformAccounts.Split split = PlatformAccounts.split(IndicatorKind.PAYMENT_ACCOUNT, raw, "alipay:13800138000");
        String platform = PlatformAccounts.platform(IndicatorKind.PAYMENT_ACCOUNT, raw, split.platform(), ALIASES);
        return platform + ":" + account(raw, split.account());
    }

    private static String account(String raw, String account) {
        if (account.length() > MAX_ACCOUNT_LENGTH) {
            throw new InvalidIdentifierException(
                    IndicatorKind.PAYMENT_ACCOUNT,
                    raw,
                    "an account has at most 128 characters, this has " + account.length());
        }
        if (PHONE_LIKE.matcher(account).matches()) {
            try {
                PhoneNumber number = PhoneNumbers.parse(account);
                boolean international = PhoneNumbers.isPlus(account.charAt(0)) || account.startsWith("00");
                if (number.category() == PhoneNumberCategory.MOBILE || international) {
                    return number.e164();
                }
            } catch (InvalidIdentifierException notAPhoneNumber) {
                // an account number that merely consists of digits
            }
        }
        if (PlatformAccounts.containsWhitespace(account)) {
            throw new InvalidIdentifierException(
                    IndicatorKind.PAYMENT_ACCOUNT, raw, "an account contains no spaces unless it is a phone number");
        }
        if (EMAIL.matcher(account).matches()) {
            return account.toLowerCase(Locale.ROOT);
        }
        return account;
    }
}

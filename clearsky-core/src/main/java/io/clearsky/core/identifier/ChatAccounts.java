package io.clearsky.core.identifier;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Canonicalises chat accounts written "platform:id", e.g. "qq:12345678" or "wechat:fraud_boss". */
public final class ChatAccounts {

    private static final Map<String, String> ALIASES = Map.of(
            "qq", "qq",
            "wechat", "wechat",
            "weixin", "wechat",
            "微信", "wechat",
            "telegram", "telegram");
    private static final Pattern QQ = Pattern.compile("[1-9][0-9]{4,10}");
    private static final Pattern WECHAT = Pattern.compile("[a-z][a-z0-9_-]{5,19}");
    private static final Pattern TELEGRAM = Pattern.compile("[a-z0-9_]{5,32}");
    private static final int MAX_ID_LENGTH = 128;

    private ChatAccounts() {}

    /** The canonical "platform:id" text of raw input. */
    public static String parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        PlatformAccounts.Split split = PlatformAccounts.split(IndicatorKind.CHAT_ACCOUNT, raw, "qq:12345678");
        String platform = PlatformAccounts.platform(IndicatorKind.CHAT_ACCOUNT, raw, split.platform(), ALIASES);
        String id = split.account();
        return platform + ":"
                + switch (platform) {
                    case "qq" -> require(raw, id, QQ, "a QQ number has 5 to 11 digits and does not start with 0");
                    case "wechat" ->
                        require(
                                raw,
                                id.toLowerCase(Locale.ROOT),
                                WECHAT,
                                "a WeChat ID has 6 to 20 letters, digits, '_' or '-' and starts with a letter");
                    case "telegram" ->
                        require(
                                raw,
                                (id.startsWith("@") ? id.substring(1) : id).toLowerCase(Locale.ROOT),
                                TELEGRAM,
                                "a Telegram username has 5 to 32 letters, digits or '_'");
                    default -> other(raw, id);
                };
    }

    private static String require(String raw, String id, Pattern pattern, String reason) {
        if (!pattern.matcher(id).matches()) {
            throw new InvalidIdentifierException(IndicatorKind.CHAT_ACCOUNT, raw, reason);
        }
        return id;
    }

    private static String other(String raw, String id) {
        if (id.length() > MAX_ID_LENGTH) {
            throw new InvalidIdentifierException(
                    IndicatorKind.CHAT_ACCOUNT,
                    raw,
                    "a chat account ID has at most 128 characters, this has " + id.length());
        }
        if (PlatformAccounts.containsWhitespace(id)) {
            throw new InvalidIdentifierException(
                    IndicatorKind.CHAT_ACCOUNT, raw, "a chat account ID contains no spaces");
        }
        return id;
    }
}

package io.clearsky.core.identifier;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Splitting "platform:account" text, shared by payment and chat accounts. */
final class PlatformAccounts {

    static final Pattern PLATFORM_NAME = Pattern.compile("[a-z0-9_-]{2,32}");

    private PlatformAccounts() {}

    /** The raw platform and account text around the first ':' (or full-width '：'), both stripped. */
    record Split(String platform, String account) {}

    static Split split(IndicatorKind kind, String raw, String example) {
        int colon = -1;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == ':' || raw.charAt(i) == '\uFF1A') {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            throw new InvalidIdentifierException(
                    kind, raw, "an account is written platform:account, e.g. " + example + "; this has no ':'");
        }
        String platform = raw.substring(0, colon).strip();
        String account = raw.substring(colon + 1).strip();
        if (platform.isEmpty()) {
            throw new InvalidIdentifierException(kind, raw, "the platform before ':' is empty, e.g. " + example);
        }
        if (account.isEmpty()) {
            throw new InvalidIdentifierException(kind, raw, "the account after ':' is empty");
        }
        return new Split(platform, account);
    }

    /** The canonical platform name: an alias's target, or the lower-cased name if it is well formed. */
    static String platform(IndicatorKind kind, String raw, String platform, Map<String, String> aliases) {
        String lower = platform.toLowerCase(Locale.ROOT);
        String known = aliases.get(lower);
        if (known != null) {
            return known;
        }
        if (!PLATFORM_NAME.matcher(lower).matches()) {
            throw new InvalidIdentifierException(
                    kind,
                    raw,
                    "the platform '" + platform + "' is neither a known platform nor 2 to 32 of a-z, 0-9, '_' and '-'");
        }
        return lower;
    }

    static boolean containsWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

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
        int hidden = hiddenCharacter(account);
        if (hidden >= 0) {
            // a NUL no database stores as text, and a direction override or zero-width character makes one account
            // look like another
            throw new InvalidIdentifierException(
                    kind,
                    raw,
                    String.format("the account contains a control, invisible or broken character (U+%04X)", hidden));
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

    /** The first control, format (zero-width, direction override) or unpaired surrogate character, or -1. */
    static int hiddenCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean unpaired = Character.isHighSurrogate(c)
                    ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (type == Character.CONTROL || type == Character.FORMAT || unpaired) {
                return c;
            }
        }
        return -1;
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

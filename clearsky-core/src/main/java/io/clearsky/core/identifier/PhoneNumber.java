package io.clearsky.core.identifier;

import java.util.Objects;

/**
 * A normalised phone number: E.164 text, its numeric key, its category and its ISO region code.
 *
 * <p>The key is the E.164 digits without '+' as a long; E.164 allows at most 15 digits, so every
 * number fits. Region codes are ISO 3166 alpha-2, or "001" for non-geographic numbers such as +800.
 */
public record PhoneNumber(String e164, long key, PhoneNumberCategory category, String regionCode) {

    private static final long MAX_KEY = 999_999_999_999_999L;

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(regionCode, "regionCode");
        if (keyOf(e164) != key) {
            throw new IllegalArgumentException("key " + key + " does not match " + e164);
        }
        if (!isRegionCode(regionCode)) {
            throw new IllegalArgumentException("not an ISO region code: " + regionCode);
        }
    }

    // ISO 3166-1 alpha-2, or "001" for non-geographic numbers; checked by hand as numbers are made on every request
    private static boolean isRegionCode(String code) {
        return code.length() == 2
                ? code.charAt(0) >= 'A' && code.charAt(0) <= 'Z' && code.charAt(1) >= 'A' && code.charAt(1) <= 'Z'
                : code.equals("001");
    }

    /** This number as a phone number identifier keyed by its E.164 text. */
    public Identifier toIdentifier() {
        return new Identifier(IndicatorKind.PHONE_NUMBER, e164);
    }

    /** The numeric key of an E.164 number: "+8613800138000" becomes 8613800138000. */
    public static long keyOf(String e164) {
        int length = e164.length();
        if (length < 2 || length > 16 || e164.charAt(0) != '+' || e164.charAt(1) == '0') {
            throw new IllegalArgumentException("not an E.164 number: " + e164);
        }
        long key = 0;
        for (int i = 1; i < length; i++) {
            char c = e164.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not an E.164 number: " + e164);
            }
            key = key * 10 + (c - '0');
        }
        return key;
    }

    /** The E.164 text of a numeric key: 8613800138000 becomes "+8613800138000". */
    public static String e164OfKey(long key) {
        if (key <= 0 || key > MAX_KEY) {
            throw new IllegalArgumentException("not an E.164 key: " + key);
        }
        return "+" + key;
    }
}

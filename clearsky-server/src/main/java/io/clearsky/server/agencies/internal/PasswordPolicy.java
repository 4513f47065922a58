package io.clearsky.server.agencies.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a chosen password must be, after NIST SP 800-63B: long rather than complicated. At least 12 characters (at
 * most 200), not built on the user name, not one character or a short pattern repeated, and not one of the passwords
 * every attacker tries first. No rules about digits or symbols and no forced expiry: those make people choose worse.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    /** Passwords of 12 characters or more that top the lists of leaked ones; compared without case or spaces. */
    private static final Set<String> WELL_KNOWN = Set.of(
            "123456789012",
            "1234567890123",
            "12345678901234",
            "123123123123",
            "qwertyuiopasdfghjkl",
            "qwertyuiop123",
            "qwertyuiopasdf",
            "1qaz2wsx3edc",
            "1qaz2wsx3edc4rfv",
            "passwordpassword",
            "password1234",
            "password12345",
            "password123456",
            "iloveyou1234",
            "abcdefghijkl",
            "abcd12345678",
            "woaini1314520",
            "woaini5201314",
            "aa123456789a",
            "changemechangeme",
            "clearskyclearsky",
            "clearsky123456",
            "administrator",
            "administrator1");

    private PasswordPolicy() {}

    /** What is wrong with the password, or empty when it may be used. */
    static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters; a short sentence works");
        }
        String folded = password.toLowerCase(Locale.ROOT).replace(" ", "");
        if (username != null && username.length() >= 3 && folded.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the user name");
        }
        if (WELL_KNOWN.contains(folded)) {
            return Optional.of("is one of the passwords attackers try first");
        }
        if (repeatsAShortPattern(folded)) {
            return Optional.of("must not repeat a few characters over and over");
        }
        if (folded.codePoints().distinct().count() < 5) {
            return Optional.of("needs at least 5 different characters");
        }
        return Optional.empty();
    }

    /** Whether the text is a pattern of at most 4 characters repeated, like "abcabcabcabc". */
    private static boolean repeatsAShortPattern(String text) {
        for (int period = 1; period <= 4; period++) {
            boolean repeats = true;
            for (int i = period; i < text.length() && repeats; i++) {
                repeats = text.charAt(i) == text.charAt(i - period);
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }
}

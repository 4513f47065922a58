package io.clearsky.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Masks victims' and reporters' personal data in responses, one rule per kind: a phone number keeps its first 3 and
 * last 4 digits ({@code 138****8000}), an ID card number its region (first 6) and last 4, a bank card its BIN (first
 * 6) and last 4, a name its family name ({@code 张*}, {@code J***}); free text has every such number inside it masked.
 * docs/security.md ("Personal data") says which field of which response is masked and how it is revealed.
 */
public final class PersonalData {

    static final int MIN_REASON = 5;
    static final int MAX_REASON = 500;

    /*
     * Numbers in free text: an ID card number (17 digits and a digit or X, also grouped 6-8-4: 350203 19900101 1234),
     * a card number in groups of 4 (6222 0212 3456 7890 123), a mobile number in groups (138-0013-8000, +86 138 0013
     * 8000), a landline with its area code (0592-5551234, 0592 5551234), or any run of 11 or more digits. Shorter runs
     * are amounts, dates, times and years, and stay. Neither side may touch another letter or digit, so an order,
     * receipt (BA20261120...) or case number (AJ2026-000123) or a URL's path is left alone. The pattern runs on the
     * text with its full-width forms folded (see fold), so it needs ASCII only.
     */
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("(?<![0-9A-Za-z])(?:"
            + "(?<id>\\d{6}[ -]?\\d{8}[ -]?\\d{3}[0-9Xx])"
            + "|(?<card>\\d{4}(?:[ -]\\d{4}){2,3}(?:[ -]\\d{1,4})?)"
            + "|(?<phone>(?:\\+?86[ -]?)?1[3-9]\\d[ -]\\d{4}[ -]\\d{4}|0\\d{2,3}[ -]\\d{7,8})"
            + "|(?<digits>\\+?\\d{11,})"
            + ")(?![0-9A-Za-z])");

    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86|0086)?1[3-9]\\d{9}");

    private PersonalData() {}

    /**
     * A phone number with its first 3 and last 4 digits, the country code kept apart: {@code +8613812348000} ->
     * {@code +86138****8000}; separators stay where they are.
     */
    public static String phone(String number) {
        String folded = fold(number);
        String prefix = countryCode(folded);
        return asWritten(number, prefix + keep(folded.substring(prefix.length()), 3, 4));
    }

    /** An ID card number with its region (the first 6) and its last 4: {@code 350203********1234}. */
    public static String idCard(String number) {
        return keep(number, 6, 4);
    }

    /** A bank card number with its BIN (the first 6) and its last 4: {@code 622202*********0123}. */
    public static String bankCard(String number) {
        return keep(number, 6, 4);
    }

    /**
     * A person's name with the family name only: a Chinese name keeps its first character and hides each other one
     * ({@code 张三丰} -> {@code 张**}), any other name keeps its first letter ({@code J***}), so its length is not told.
     */
    public static String name(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            return stripped;
        }
        int first = stripped.codePointAt(0);
        String family = new String(Character.toChars(first));
        if (Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN) {
            long rest = stripped.codePoints()
                    .skip(1)
                    .filter(c -> !Character.isWhitespace(c))
                    .count();
            return family + "*".repeat((int) Math.max(1, rest));
        }
        return family + "***";
    }

    /**
     * An account a person pays from, as a partner names it: a phone number as a phone number, a card or a long
     * account number as a card, an e-mail address as its first letter and domain; a scheme such as {@code alipay:}
     * stays.
     */
    public static String account(String account) {
        int colon = account.indexOf(':');
        if (colon > 0 && colon < account.length() - 1) {
            return account.substring(0, colon + 1) + account(account.substring(colon + 1));
        }
        if (MOBILE.matcher(fold(account)).matches()) {
            return phone(account);
        }
        int at = account.indexOf('@');
        if (at > 0) {
            return account.charAt(0) + "***" + account.substring(at);
        }
        long digits = account.chars().filter(Character::isDigit).count();
        return digits >= 12 ? bankCard(account) : keep(account, 3, 4);
    }

    /** Free text with every phone, ID card and bank card number in it masked; all else as written. */
    public static @Nullable String text(@Nullable String text) {
        if (text == null) {
            return null;
        }
        // matched on the folded text, masked on the text as written: folding keeps one char per char, so the offsets
        // of one are the offsets of the other, and full-width digits that stay are still full-width
        Matcher numbers = NUMBER_IN_TEXT.matcher(fold(text));
        StringBuilder masked = new StringBuilder(text.length());
        int written = 0;
        while (numbers.find()) {
            masked.append(text, written, numbers.start());
            masked.append(asWritten(text.substring(numbers.start(), numbers.end()), number(numbers)));
            written = numbers.end();
        }
        return masked.append(text, written, text.length()).toString();
    }

    /** A number found in text, by its kind: a phone number, an ID card or a card, or a run of digits by its length. */
    private static String number(Matcher found) {
        if (found.group("id") != null || found.group("card") != null) {
            return keep(found.group(), 6, 4);
        }
        if (found.group("phone") != null) {
            return phone(found.group());
        }
        String run = found.group();
        long digits = run.chars().filter(Character::isDigit).count()
                - countryCode(run).chars().filter(Character::isDigit).count();
        return digits <= 11 ? phone(run) : keep(run, 6, 4);
    }

    /**
     * The reason given for a reveal, stripped: 5 to 500 characters, or a 400 naming {@code reason}. It goes into the
     * audit trail with who asked.
     */
    public static String reason(@Nullable String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.length() < MIN_REASON || stripped.length() > MAX_REASON) {
            throw new InvalidInputException(
                    "reason",
                    "say why you need the personal data, " + MIN_REASON + " to " + MAX_REASON
                            + " characters; it goes into the audit trail");
        }
        return stripped;
    }

    /*
     * Full-width forms (U+FF01 to U+FF5E: １３８, Ｘ, －, ＋) and the ideographic space, as a Chinese input method types
     * them, folded to their ASCII twins: what NFKC does to these characters, but one char for one char and nothing
     * else (NFKC would also expand ligatures and circled numbers), so offsets stay. The folded copy is only matched
     * and masked; what is returned is the text as written.
     */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            char c = chars[k];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[k] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[k] = ' ';
            }
        }
        return new String(chars);
    }

    /** The value as written, hidden wherever its masked (and folded) twin of the same length has a {@code *}. */
    private static String asWritten(String value, String masked) {
        StringBuilder out = new StringBuilder(value.length());
        for (int k = 0; k < value.length(); k++) {
            out.append(masked.charAt(k) == '*' ? '*' : value.charAt(k));
        }
        return out.toString();
    }

    private static String countryCode(String number) {
        for (String prefix : new String[] {"+86 ", "+86-", "+86", "0086"}) {
            if (number.startsWith(prefix) && number.length() > prefix.length() + 7) {
                return prefix;
            }
        }
        // 86 and a mobile number, written without the plus
        return number.length() == 13 && number.startsWith("861") ? "86" : "";
    }

    /**
     * Hides every digit (and letter) but the first {@code head} and the last {@code tail}; separators stay. A value
     * too short to hide 4 between them keeps a quarter at each end, so that at least half of it is hidden.
     */
    private static String keep(String value, int head, int tail) {
        int n = (int) value.chars().filter(Character::isLetterOrDigit).count();
        if (n == 0) {
            return value;
        }
        if (head + tail > n - 4) {
            head = Math.min(head, n / 4);
            tail = Math.min(tail, n / 4);
        }
        StringBuilder masked = new StringBuilder(value.length());
        int i = 0;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (!Character.isLetterOrDigit(c)) {
                masked.append(c);
                continue;
            }
            masked.append(i < head || i >= n - tail ? c : '*');
            i++;
        }
        return masked.toString();
    }
}

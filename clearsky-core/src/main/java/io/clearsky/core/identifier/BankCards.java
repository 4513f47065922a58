package io.clearsky.core.identifier;

import java.util.Objects;

/** Canonicalises bank card numbers: 13 to 19 digits passing the Luhn check. */
public final class BankCards {

    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;

    private BankCards() {}

    /** The card number's digits, after removing spaces and dashes and mapping full-width digits. */
    public static String parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw.isBlank()) {
            throw invalid(raw, "the card number is empty");
        }
        StringBuilder digits = new StringBuilder(MAX_DIGITS);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int digit = PhoneNumbers.digit(c);
            if (digit >= 0) {
                digits.append((char) ('0' + digit));
            } else if (c != ' ' && c != '\u3000' && c != '\u00A0' && c != '-' && c != '\uFF0D' && c != '\t') {
                throw invalid(raw, "a card number has only digits, spaces and dashes; this contains '" + c + "'");
            }
        }
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            throw invalid(raw, "a bank card number has 13 to 19 digits, this has " + digits.length());
        }
        if (!passesLuhn(digits)) {
            throw invalid(raw, "the card number fails the Luhn check");
        }
        return digits.toString();
    }

    /** The Luhn (mod 10) check of ISO/IEC 7812-1. */
    static boolean passesLuhn(CharSequence digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static InvalidIdentifierException invalid(String raw, String reason) {
        return new InvalidIdentifierException(IndicatorKind.BANK_CARD, raw, reason);
    }
}

package io.clearsky.simulator;

import java.util.List;

/** Bank card numbers with real issuer prefixes (BINs) and a valid Luhn check digit, made from an index. */
final class Banks {

    /** An issuer: a short code for it, its name, a BIN and the length of its debit cards. */
    record Issuer(String code, String nameZh, String nameEn, String bin, int length) {}

    static final List<Issuer> ISSUERS = List.of(
            new Issuer("icbc", "中国工商银行", "ICBC", "622202", 19),
            new Issuer("icbc", "中国工商银行", "ICBC", "621226", 19),
            new Issuer("ccb", "中国建设银行", "China Construction Bank", "621700", 19),
            new Issuer("ccb", "中国建设银行", "China Construction Bank", "436742", 19),
            new Issuer("abc", "中国农业银行", "Agricultural Bank of China", "622848", 19),
            new Issuer("boc", "中国银行", "Bank of China", "621661", 19),
            new Issuer("boc", "中国银行", "Bank of China", "621785", 19),
            new Issuer("bocom", "交通银行", "Bank of Communications", "622260", 19),
            new Issuer("cmb", "招商银行", "China Merchants Bank", "622588", 16),
            new Issuer("cmb", "招商银行", "China Merchants Bank", "621483", 16),
            new Issuer("psbc", "中国邮政储蓄银行", "Postal Savings Bank of China", "621799", 19),
            new Issuer("psbc", "中国邮政储蓄银行", "Postal Savings Bank of China", "622188", 19),
            new Issuer("cib", "兴业银行", "Industrial Bank", "622909", 18));

    // Separate index spaces for subscribers' own cards and the cards gangs buy (两卡): serials below half the
    // smallest issuer's space (10^9 for 16-digit cards) belong to subscribers, the rest to gangs.
    private static final long HALF_SERIALS = 500_000_000L;
    static final long GANG_BASE = HALF_SERIALS * ISSUERS.size();
    // odd and not a multiple of 5, so a bijection modulo any power of ten; small enough not to overflow below 10^12
    private static final long MULTIPLIER = 7_777_777L;

    private Banks() {}

    /** The card number for an index: issuer by index, account digits from a bijection of the index. */
    static String card(long index) {
        Issuer issuer = ISSUERS.get((int) (index % ISSUERS.size()));
        long serial = index / ISSUERS.size();
        int bodyDigits = issuer.length() - issuer.bin().length() - 1;
        long space = pow10(bodyDigits);
        if (serial >= 2 * HALF_SERIALS) {
            throw new IllegalArgumentException("too many cards: " + index);
        }
        long body = (serial * MULTIPLIER + 97_531L) % space;
        StringBuilder card = new StringBuilder(issuer.length()).append(issuer.bin());
        String digits = Long.toString(body);
        for (int i = digits.length(); i < bodyDigits; i++) {
            card.append('0');
        }
        card.append(digits);
        return card.append(luhnCheckDigit(card)).toString();
    }

    /** The issuer of a card number made here, by its BIN; empty for any other number. */
    static java.util.Optional<Issuer> issuer(String card) {
        for (Issuer issuer : ISSUERS) {
            if (card.length() == issuer.length() && card.startsWith(issuer.bin())) {
                return java.util.Optional.of(issuer);
            }
        }
        return java.util.Optional.empty();
    }

    /** The digit that makes {@code payload} followed by it pass the Luhn check. */
    static char luhnCheckDigit(CharSequence payload) {
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }
}

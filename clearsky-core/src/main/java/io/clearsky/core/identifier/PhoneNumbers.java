package io.clearsky.core.identifier;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Thread-safe, reusable phone number normaliser (default region CN).
 *
 * <p>Input may carry {@code +86}, {@code 0086} or {@code 86} (before an 11-digit mobile number),
 * an IP-dialling prefix (17951, 12593, 17911, 10193), spaces, dashes, dots, slashes and brackets,
 * and full-width digits, '+' and separators. Numbers are classified as described on {@link
 * PhoneNumberCategory}; anything else is refused with a reason.
 */
public final class PhoneNumbers {

    // How: the raw text is scanned once into its digits and whether it began with '+'. Numbers with
    // '+' or the international prefix 00 are split into country code and national number; +86
    // numbers, and numbers without a country code, go through the Chinese rules below, everything
    // else through libphonenumber. For Chinese numbers this class decides the national number itself
    // (trunk prefix 0, IP-dialling prefixes) and hands libphonenumber a ready PhoneNumber, so that
    // libphonenumber's own national-prefix stripping never reinterprets an 11-digit mobile number.
    //
    // Short service numbers are invalid to libphonenumber (they are not dialable from abroad), so
    // they follow a documented rule set, SERVICE_NUMBER: 3-digit 11x/12x (110, 119, 120, 122),
    // 5-digit 100xx (10086, 10010, 10000) and 12xxx (12110, 12381, 12315), 95 numbers of 5 to 8
    // digits (95588, 95105888) and 5-digit 96xxx (96110).
    //
    // parseToKey has a hand-written fast path for the common case, an 11-digit mobile number with or
    // without +86/0086/86 and separators: it builds the key as a long while scanning and checks the
    // range with MobileRanges. Whatever the fast path does not accept goes down the full path, so it
    // can only ever agree with parse(raw).key(); PhoneNumbersTests checks that on generated input.

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int CHINA = 86;
    private static final String CHINA_REGION = "CN";
    private static final int MAX_DIGITS = 20;
    private static final int MAX_CHINESE_NATIONAL_DIGITS = 12;
    private static final String[] IP_DIALLING_PREFIXES = {"17951", "12593", "17911", "10193"};
    private static final int MIN_DIGITS_AFTER_IP_PREFIX = 7;
    private static final Pattern SERVICE_NUMBER = Pattern.compile("1[12]\\d|100\\d{2}|12\\d{3}|95\\d{3,6}|96\\d{3}");

    private static final long MOBILE_MIN = 10_000_000_000L;
    private static final long MOBILE_MAX = 19_999_999_999L;
    private static final long CHINA_KEY_BASE = 86_000_000_000_00L;
    private static final long NATIONAL_SCALE = 100_000_000_000L;

    private PhoneNumbers() {}

    /** Normalises raw text into a phone number, refusing local landlines without an area code. */
    public static PhoneNumber parse(CharSequence raw) {
        return parse(raw, NormalizationContext.NONE);
    }

    /** Normalises raw text into a phone number, local landlines taking the context's area code. */
    public static PhoneNumber parse(CharSequence raw, NormalizationContext context) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(context, "context");
        long mobile = fastMobileKey(raw);
        if (mobile >= 0) {
            return new PhoneNumber("+" + mobile, mobile, PhoneNumberCategory.MOBILE, CHINA_REGION);
        }
        String input = raw.toString();
        StringBuilder digits = new StringBuilder(24);
        boolean plus = scan(input, digits);
        return classify(input, plus, digits.toString(), context, true);
    }

    /** The numeric key of raw text, the same as {@code parse(raw).key()}, allocating nothing for mobile numbers. */
    public static long parseToKey(CharSequence raw) {
        long key = fastMobileKey(raw);
        return key >= 0 ? key : parse(raw).key();
    }

    /**
     * The key of an 11-digit Chinese mobile number written with or without +86, 0086 or 86 and
     * separators, or -1 for anything else, including invalid numbers; package-private for tests.
     */
    static long fastMobileKey(CharSequence raw) {
        int length = raw.length();
        if (length < MobileRanges.DIGITS) {
            return -1;
        }
        long value = 0;
        int count = 0;
        boolean plus = false;
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                if (++count > 15) {
                    return -1;
                }
                value = value * 10 + digit;
            } else if (isPlus(c)) {
                if (plus || count > 0) {
                    return -1;
                }
                plus = true;
            } else if (!isSeparator(c)) {
                return -1;
            }
        }
        long national;
        if (count == 11 && !plus) {
            national = value;
        } else if (count == 13 && value / NATIONAL_SCALE == CHINA) {
            national = value % NATIONAL_SCALE; // +86 or 86 in front
        } else if (count == 15 && !plus && value / NATIONAL_SCALE == CHINA) {
            national = value % NATIONAL_SCALE; // 15 digits worth less than 10^13: 0086 in front
        } else {
            return -1;
        }
        if (national < MOBILE_MIN || national > MOBILE_MAX || !MobileRanges.contains(national)) {
            return -1;
        }
        return CHINA_KEY_BASE + national;
    }

    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    static boolean isPlus(char c) {
        return c == '+' || c == '\uFF0B';
    }

    static boolean isSeparator(char c) {
        return switch (c) {
            case ' ',
                    '\t',
                    '\u00A0',
                    '\u3000',
                    '-',
                    '\uFF0D',
                    '\u2010',
                    '\u2011',
                    '\u2012',
                    '\u2013',
                    '\u2014',
                    '\u2015',
                    '\u2212',
                    '.',
                    '\uFF0E',
                    '/',
                    '(',
                    ')',
                    '\uFF08',
                    '\uFF09' -> true;
            default -> false;
        };
    }

    private static boolean scan(String input, StringBuilder digits) {
        if (input.isBlank()) {
            throw invalid(input, "the number is empty");
        }
        boolean plus = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                if (digits.length() == MAX_DIGITS) {
                    throw invalid(input, "a phone number has at most 15 digits, this has more than " + MAX_DIGITS);
                }
                digits.append((char) ('0' + digit));
            } else if (isPlus(c)) {
                if (plus || digits.length() > 0) {
                    throw invalid(input, "a '+' may only stand in front of the country code");
                }
                plus = true;
            } else if (!isSeparator(c)) {
                if (Character.isLetter(c)) {
                    throw invalid(input, "a phone number is written with digits only, this contains letters");
                }
                throw invalid(input, "the character '" + c + "' does not belong in a phone number");
            }
        }
        if (digits.length() == 0) {
            throw invalid(input, "the number has no digits");
        }
        return plus;
    }

    private static PhoneNumber classify(
            String input, boolean plus, String digits, NormalizationContext context, boolean ipPrefixAllowed) {
        if (plus) {
            return international(input, digits, context);
        }
        if (digits.startsWith("00")) {
            // 00 is mainland China's international prefix
            return international(input, digits.substring(2), context);
        }
        if (digits.length() == 13 && digits.startsWith("861") && isMobile(digits.substring(2))) {
            // "86" without '+' is only taken as the country code in front of a mobile number
            return chinese(input, digits.substring(2), PhoneNumberCategory.MOBILE);
        }
        if (ipPrefixAllowed && digits.length() >= 5 + MIN_DIGITS_AFTER_IP_PREFIX) {
            for (String prefix : IP_DIALLING_PREFIXES) {
                if (digits.startsWith(prefix)) {
                    try {
                        return classify(input, false, digits.substring(prefix.length()), context, false);
                    } catch (InvalidIdentifierException notAfterAnIpPrefix) {
                        break;
                    }
                }
            }
        }
        return domestic(input, digits, false, context);
    }

    private static PhoneNumber international(String input, String digits, NormalizationContext context) {
        if (digits.isEmpty()) {
            throw invalid(input, "no number follows the international prefix");
        }
        if (digits.startsWith(String.valueOf(CHINA))) {
            return domestic(input, digits.substring(2), true, context);
        }
        Phonenumber.PhoneNumber number;
        try {
            number = UTIL.parse("+" + digits, "ZZ");
        } catch (NumberParseException e) {
            throw invalid(
                    input,
                    switch (e.getErrorType()) {
                        case INVALID_COUNTRY_CODE -> "+" + digits + " does not start with a known country code";
                        case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> "the number is too short";
                        case TOO_LONG -> "the number is too long";
                        default -> "this is not a valid international number";
                    });
        }
        if (!UTIL.isValidNumber(number)) {
            String region = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
            throw invalid(
                    input,
                    "+" + digits + " is not a valid number for country code +" + number.getCountryCode() + " (" + region
                            + ")");
        }
        String e164 = UTIL.format(number, PhoneNumberFormat.E164);
        return new PhoneNumber(
                e164, PhoneNumber.keyOf(e164), PhoneNumberCategory.FOREIGN, UTIL.getRegionCodeForNumber(number));
    }

    private static PhoneNumber domestic(
            String input, String digits, boolean countryCodeGiven, NormalizationContext context) {
        String national = digits;
        boolean trunkPrefix = false;
        if (national.startsWith("0") && national.length() > 1) {
            // after +86 a 0 is the habit "+86 (0)10 ..."; without it, the trunk prefix before an area code
            national = national.substring(1);
            trunkPrefix = !countryCodeGiven;
        }
        if (national.isEmpty() || national.startsWith("0")) {
            throw invalid(input, "a Chinese number has no digits or a second 0 after its prefix");
        }
        if (national.length() > MAX_CHINESE_NATIONAL_DIGITS) {
            throw invalid(input, "a Chinese number has at most 12 digits after +86, this has " + national.length());
        }
        if (!trunkPrefix && SERVICE_NUMBER.matcher(national).matches()) {
            return chinese(input, national, PhoneNumberCategory.SERVICE);
        }
        char first = national.charAt(0);
        if (!countryCodeGiven
                && !trunkPrefix
                && (national.length() == 7 || national.length() == 8)
                && first >= '2'
                && first <= '8') {
            return local(input, national, context);
        }
        if (first == '1' && !national.startsWith("10")) {
            if (national.length() != MobileRanges.DIGITS) {
                throw invalid(input, "a Chinese mobile number has 11 digits, this has " + national.length());
            }
            if (!isMobile(national)) {
                throw invalid(input, national + " is not in a Chinese mobile number range");
            }
            return chinese(input, national, PhoneNumberCategory.MOBILE);
        }
        Phonenumber.PhoneNumber number = chineseNumber(national);
        // getNumberType is UNKNOWN exactly when isValidNumber is false for a +86 number; asking once halves the
        // cost of the slow path (libphonenumber's CN patterns are large)
        PhoneNumberType type = UTIL.getNumberType(number);
        if (type == PhoneNumberType.UNKNOWN) {
            throw invalid(
                    input,
                    switch (UTIL.isPossibleNumberWithReason(number)) {
                        case TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY -> "the number is too short for a Chinese number";
                        case TOO_LONG -> "the number is too long for a Chinese number";
                        default ->
                            (trunkPrefix ? "0" : "") + national
                                    + " is not a valid Chinese number (area code and subscriber number)";
                    });
        }
        return chinese(input, national, categoryOf(national, type));
    }

    private static PhoneNumber local(String input, String local, NormalizationContext context) {
        String areaCode = context.defaultAreaCode();
        if (areaCode == null) {
            throw invalid(
                    input,
                    "a local landline number of " + local.length()
                            + " digits needs an area code, and no default area code was given");
        }
        String national = areaCode + local;
        Phonenumber.PhoneNumber number = chineseNumber(national);
        PhoneNumberType type = UTIL.getNumberType(number);
        if (!UTIL.isValidNumber(number)
                || (type != PhoneNumberType.FIXED_LINE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE)) {
            throw invalid(input, local + " is not a valid landline number in area code 0" + areaCode);
        }
        return chinese(input, national, PhoneNumberCategory.LANDLINE);
    }

    private static PhoneNumberCategory categoryOf(String national, PhoneNumberType type) {
        return switch (type) {
            case MOBILE -> PhoneNumberCategory.MOBILE;
            case FIXED_LINE, FIXED_LINE_OR_MOBILE ->
                national.startsWith("1") && !national.startsWith("10")
                        ? PhoneNumberCategory.MOBILE
                        : PhoneNumberCategory.LANDLINE;
            case TOLL_FREE -> PhoneNumberCategory.TOLL_FREE;
            // 400 numbers are shared-cost to libphonenumber; to callers they are the toll-free hotlines
            case SHARED_COST ->
                national.startsWith("400") ? PhoneNumberCategory.TOLL_FREE : PhoneNumberCategory.SERVICE;
            default -> PhoneNumberCategory.SERVICE;
        };
    }

    private static boolean isMobile(String national) {
        if (national.length() != MobileRanges.DIGITS || national.charAt(0) != '1') {
            return false;
        }
        // the range table equals libphonenumber's CN mobile pattern (MobileRangesTests), at a fraction of the cost
        return MobileRanges.contains(Long.parseLong(national));
    }

    private static Phonenumber.PhoneNumber chineseNumber(String national) {
        return new Phonenumber.PhoneNumber().setCountryCode(CHINA).setNationalNumber(Long.parseLong(national));
    }

    private static PhoneNumber chinese(String input, String national, PhoneNumberCategory category) {
        String e164 = "+86" + national;
        return new PhoneNumber(e164, PhoneNumber.keyOf(e164), category, CHINA_REGION);
    }

    private static InvalidIdentifierException invalid(String input, String reason) {
        return new InvalidIdentifierException(IndicatorKind.PHONE_NUMBER, input, reason);
    }
}

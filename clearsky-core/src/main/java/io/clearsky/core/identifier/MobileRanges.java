package io.clearsky.core.identifier;

import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.regex.Pattern;

/**
 * Whether an 11-digit national number is in a Chinese mobile range, without a regular expression.
 *
 * <p>The ranges come from libphonenumber's CN mobile pattern. At class initialisation the pattern is
 * turned into a bit table over the first seven digits: a prefix is decided as soon as every sampled
 * completion of it agrees (the pattern's ranges end in {@code \d{n}}, so a decided prefix stays
 * decided), and a prefix still undecided at seven digits is marked mixed and answered by the
 * pattern itself. {@code MobileRangesTests} checks the table against the pattern.
 */
final class MobileRanges {

    static final int DIGITS = 11;
    private static final int PREFIX_DIGITS = 7;
    private static final int FIRST_PREFIX = 1_000_000;
    private static final int PREFIXES = 1_000_000;
    private static final long SUFFIX_SCALE = 10_000L;
    static final Pattern PATTERN = Pattern.compile(DefaultMetadataDependenciesProvider.getInstance()
            .getPhoneNumberMetadataSource()
            .getMetadataForRegion("CN")
            .getMobile()
            .getNationalNumberPattern());

    private static final long[] VALID = new long[PREFIXES / 64 + 1];
    private static final long[] MIXED = new long[PREFIXES / 64 + 1];

    static {
        decide("1");
    }

    private MobileRanges() {}

    /** Whether the national number, 11 digits starting with 1, is in a mobile range. */
    static boolean contains(long national) {
        int index = (int) (national / SUFFIX_SCALE) - FIRST_PREFIX;
        if (index < 0 || index >= PREFIXES) {
            return false;
        }
        if ((VALID[index >>> 6] & (1L << index)) != 0) {
            return true;
        }
        if ((MIXED[index >>> 6] & (1L << index)) != 0) {
            return PATTERN.matcher(Long.toString(national)).matches();
        }
        return false;
    }

    private static void decide(String prefix) {
        int rest = DIGITS - prefix.length();
        boolean first = PATTERN.matcher(prefix + "0".repeat(rest)).matches();
        boolean uniform = true;
        long seed = prefix.hashCode();
        for (int sample = 0; sample < 48 && uniform; sample++) {
            String suffix;
            if (sample < 10) {
                suffix = String.valueOf((char) ('0' + sample)).repeat(rest);
            } else {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                StringBuilder digits = new StringBuilder(rest);
                long bits = seed;
                for (int i = 0; i < rest; i++) {
                    digits.append((char) ('0' + (int) ((bits >>> (i * 6)) & 0x3F) % 10));
                }
                suffix = digits.toString();
            }
            uniform = PATTERN.matcher(prefix + suffix).matches() == first;
        }
        if (uniform) {
            if (first) {
                mark(VALID, prefix);
            }
            return;
        }
        if (prefix.length() == PREFIX_DIGITS) {
            mark(MIXED, prefix);
            return;
        }
        for (char d = '0'; d <= '9'; d++) {
            decide(prefix + d);
        }
    }

    private static void mark(long[] bits, String prefix) {
        int width = PREFIX_DIGITS - prefix.length();
        int scale = (int) Math.pow(10, width);
        int from = Integer.parseInt(prefix) * scale - FIRST_PREFIX;
        for (int index = from; index < from + scale; index++) {
            bits[index >>> 6] |= 1L << index;
        }
    }
}

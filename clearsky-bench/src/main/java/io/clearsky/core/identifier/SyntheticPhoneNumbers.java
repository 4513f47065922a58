package io.clearsky.core.identifier;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.SplittableRandom;
import java.util.function.LongPredicate;

/** Deterministic synthetic Chinese phone numbers for benchmarks: mobile keys, probes and raw input as people type it. */
public final class SyntheticPhoneNumbers {

    // Every draw comes from a SplittableRandom with a fixed seed, so the same seed gives the same
    // numbers on every machine and JDK. Mobile numbers are a prefix from MOBILE_PREFIXES followed by
    // eight uniform digits. 174 is left out: libphonenumber knows only its 1740x satellite block, so
    // most 174 numbers are invalid. The tests check that every generated number is a valid mobile
    // number to PhoneNumbers and that every raw style parses back to its key.

    private static final int[] MOBILE_PREFIXES = {
        130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159, 166, 170, 171,
        172, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 191, 193, 195, 196, 197, 198,
        199
    };
    private static final long SUBSCRIBER_SCALE = 100_000_000L;
    private static final long CHINA_KEY_BASE = 86_000_000_000_00L;

    /** The raw styles a mobile number is written in, numbered for {@link #raw(long, int)}. */
    public static final int RAW_STYLES = 7;

    // area code and subscriber digits; subscriber numbers start with 5 or 6, valid in every one of
    // these areas (some 8 blocks in Beijing and Shanghai are not)
    private static final String[] AREA_CODES = {"010", "021", "020", "028", "027", "0755", "0571", "0592"};
    private static final int[] SUBSCRIBER_DIGITS = {8, 8, 8, 8, 8, 8, 8, 7};
    private static final String[] SERVICE_NUMBERS = {
        "95588", "95555", "95566", "95533", "10086", "10010", "10000", "12315", "12110", "96110", "110", "120"
    };

    private SyntheticPhoneNumbers() {}

    /** A uniformly drawn valid Chinese mobile number's key (E.164 digits, e.g. 8613800138000). */
    public static long mobileKey(SplittableRandom random) {
        int prefix = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)];
        return CHINA_KEY_BASE + prefix * SUBSCRIBER_SCALE + random.nextLong(SUBSCRIBER_SCALE);
    }

    /** {@code count} distinct mobile keys, the same for the same seed. */
    public static long[] distinctMobileKeys(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        LongOpenHashSet seen = new LongOpenHashSet(count);
        long[] keys = new long[count];
        int filled = 0;
        while (filled < count) {
            long key = mobileKey(random);
            if (seen.add(key)) {
                keys[filled++] = key;
            }
        }
        return keys;
    }

    /**
     * {@code count} probe keys, each with probability {@code hitRate} a uniformly chosen listed key and otherwise a
     * fresh mobile key that {@code isListed} refuses.
     */
    public static long[] probes(long seed, long[] listed, LongPredicate isListed, int count, double hitRate) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] probes = new long[count];
        for (int i = 0; i < count; i++) {
            probes[i] = random.nextDouble() < hitRate
                    ? listed[random.nextInt(listed.length)]
                    : unlistedMobileKey(random, isListed);
        }
        return probes;
    }

    /**
     * {@code count} raw inputs: 10% listed mobile numbers, {@code slowPathPercent}% numbers for the slow path (three in
     * five landlines with area code, two in five service and 400 numbers, none of them listed), and the rest unlisted
     * mobile numbers; each mobile number is written in a uniformly chosen one of the {@link #RAW_STYLES} styles.
     */
    public static String[] rawInputs(long seed, long[] listed, LongPredicate isListed, int count, int slowPathPercent) {
        if (slowPathPercent < 0 || slowPathPercent > 90) {
            throw new IllegalArgumentException("slowPathPercent must be between 0 and 90, was " + slowPathPercent);
        }
        SplittableRandom random = new SplittableRandom(seed);
        String[] inputs = new String[count];
        for (int i = 0; i < count; i++) {
            int draw = random.nextInt(100);
            if (draw < 10) {
                inputs[i] = raw(listed[random.nextInt(listed.length)], random.nextInt(RAW_STYLES));
            } else if (draw < 100 - slowPathPercent) {
                inputs[i] = raw(unlistedMobileKey(random, isListed), random.nextInt(RAW_STYLES));
            } else if (random.nextInt(5) < 3) {
                inputs[i] = landline(random);
            } else {
                inputs[i] = serviceNumber(random);
            }
        }
        return inputs;
    }

    /**
     * A mobile key written in one of the raw styles: 0 "13800138000", 1 "+86 138 0013 8000", 2 "+86-138-0013-8000", 3
     * "0086 13800138000", 4 "86 13800138000", 5 "(+86)138-0013-8000", 6 full-width "１３８００１３８０００".
     */
    public static String raw(long mobileKey, int style) {
        String national = Long.toString(mobileKey - CHINA_KEY_BASE);
        String head = national.substring(0, 3);
        String middle = national.substring(3, 7);
        String tail = national.substring(7);
        return switch (style) {
            case 0 -> national;
            case 1 -> "+86 " + head + " " + middle + " " + tail;
            case 2 -> "+86-" + head + "-" + middle + "-" + tail;
            case 3 -> "0086 " + national;
            case 4 -> "86 " + national;
            case 5 -> "(+86)" + head + "-" + middle + "-" + tail;
            case 6 -> fullWidth(national);
            default -> throw new IllegalArgumentException("no raw style " + style);
        };
    }

    private static long unlistedMobileKey(SplittableRandom random, LongPredicate isListed) {
        long key;
        do {
            key = mobileKey(random);
        } while (isListed.test(key));
        return key;
    }

    private static String landline(SplittableRandom random) {
        int area = random.nextInt(AREA_CODES.length);
        StringBuilder raw = new StringBuilder(14).append(AREA_CODES[area]).append('-');
        raw.append((char) ('5' + random.nextInt(2)));
        for (int i = 1; i < SUBSCRIBER_DIGITS[area]; i++) {
            raw.append((char) ('0' + random.nextInt(10)));
        }
        return raw.toString();
    }

    private static String serviceNumber(SplittableRandom random) {
        int draw = random.nextInt(SERVICE_NUMBERS.length + 1);
        if (draw < SERVICE_NUMBERS.length) {
            return SERVICE_NUMBERS[draw];
        }
        return "400-" + (100 + random.nextInt(900)) + "-" + (1000 + random.nextInt(9000));
    }

    private static String fullWidth(String digits) {
        char[] chars = new char[digits.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (digits.charAt(i) - '0' + '\uFF10');
        }
        return new String(chars);
    }
}

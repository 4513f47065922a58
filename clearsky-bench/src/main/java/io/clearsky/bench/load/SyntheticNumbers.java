package io.clearsky.bench.load;

import io.clearsky.core.identifier.InvalidIdentifierException;
import io.clearsky.core.identifier.PhoneNumber;
import io.clearsky.core.identifier.PhoneNumberCategory;
import io.clearsky.core.identifier.PhoneNumbers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** Seeded, valid phone numbers for the load driver, and the raw ways people write them. */
final class SyntheticNumbers {

    // Every generated number is checked with the same normaliser the server uses (clearsky-core), so a
    // probe never fails with a 400 because the generator invented a range that does not exist.

    private static final String[] CN_PREFIXES = {"", "", "+86", "+86 ", "0086 ", "86"};
    private static final String[] CN_SEPARATORS = {"", " ", "-"};

    private SyntheticNumbers() {}

    /** {@code count} distinct Chinese mobile numbers in E.164 ("+8613800138000"), none of them in {@code exclude}. */
    static List<String> chineseMobiles(long seed, int count, Collection<String> exclude) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> seen = new HashSet<>(exclude);
        List<String> numbers = new ArrayList<>(count);
        long attempts = 0;
        while (numbers.size() < count) {
            if (++attempts > 50L * count + 1000) {
                throw new IllegalStateException("could not generate " + count + " distinct mobile numbers");
            }
            StringBuilder national = new StringBuilder(11).append('1').append((char) ('3' + random.nextInt(7)));
            while (national.length() < 11) {
                national.append((char) ('0' + random.nextInt(10)));
            }
            PhoneNumber number = parseOrNull("+86" + national);
            if (number != null && number.category() == PhoneNumberCategory.MOBILE && seen.add(number.e164())) {
                numbers.add(number.e164());
            }
        }
        return numbers;
    }

    /** {@code count} distinct valid US numbers in E.164 ("+14692576503"), none of them in {@code exclude}. */
    static List<String> usNumbers(long seed, int count, Collection<String> exclude) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> seen = new HashSet<>(exclude);
        List<String> numbers = new ArrayList<>(count);
        long attempts = 0;
        while (numbers.size() < count) {
            if (++attempts > 50L * count + 1000) {
                throw new IllegalStateException("could not generate " + count + " distinct US numbers");
            }
            // NXX-NXX-XXXX: area code and exchange start with 2-9
            String ten = (2 + random.nextInt(8))
                    + twoDigits(random)
                    + (2 + random.nextInt(8))
                    + twoDigits(random)
                    + String.format("%04d", random.nextInt(10_000));
            String e164 = usE164(ten);
            if (e164 != null && seen.add(e164)) {
                numbers.add(e164);
            }
        }
        return numbers;
    }

    /** The E.164 form of a ten-digit US number if the normaliser accepts it as a US number, else null. */
    static @Nullable String usE164(String tenDigits) {
        if (tenDigits.length() != 10 || !tenDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        PhoneNumber number = parseOrNull("+1" + tenDigits);
        return number != null && number.regionCode().equals("US") ? number.e164() : null;
    }

    /** A Chinese mobile number ("+8613800138000") as a person or an app might send it: "+86 138 0013 8000". */
    static String rawChinese(String e164, SplittableRandom random) {
        String national = e164.substring(3);
        String separator = CN_SEPARATORS[random.nextInt(CN_SEPARATORS.length)];
        return CN_PREFIXES[random.nextInt(CN_PREFIXES.length)]
                + national.substring(0, 3)
                + separator
                + national.substring(3, 7)
                + separator
                + national.substring(7);
    }

    /** A US number ("+14692576503") as a person or an app might send it: "+1 (469) 257-6503". */
    static String rawUs(String e164, SplittableRandom random) {
        String area = e164.substring(2, 5);
        String exchange = e164.substring(5, 8);
        String line = e164.substring(8);
        return switch (random.nextInt(4)) {
            case 0 -> e164;
            case 1 -> "+1 " + area + "-" + exchange + "-" + line;
            case 2 -> "+1 (" + area + ") " + exchange + "-" + line;
            default -> "+1." + area + "." + exchange + "." + line;
        };
    }

    private static String twoDigits(SplittableRandom random) {
        return String.format("%02d", random.nextInt(100));
    }

    private static @Nullable PhoneNumber parseOrNull(String text) {
        try {
            return PhoneNumbers.parse(text);
        } catch (InvalidIdentifierException e) {
            return null;
        }
    }
}

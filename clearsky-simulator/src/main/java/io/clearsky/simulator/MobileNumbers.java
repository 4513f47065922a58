package io.clearsky.simulator;

/**
 * Valid Chinese mobile numbers on real operator prefixes, made from an index without repeats: subscribers and gangs
 * draw from disjoint index ranges, so a gang never holds a subscriber's number by accident.
 */
final class MobileNumbers {

    /** China Mobile, China Unicom, China Telecom and China Broadnet prefixes (134 and 149 are left out: 1349 is satellite, 149 data-only). */
    static final int[] OPERATOR_PREFIXES = {
        135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 172, 178, 182, 183, 184, 187, 188, 195, 197, 198,
        130, 131, 132, 145, 155, 156, 166, 175, 176, 185, 186, 196, 133, 153, 173, 177, 180, 181, 189, 190, 191, 193,
        199, 192
    };

    /** Virtual-operator (MVNO) prefixes, bought in bulk by gangs far more often than by ordinary subscribers. */
    static final int[] VIRTUAL_PREFIXES = {170, 171, 162, 165, 167};

    private static final long SUFFIXES = 100_000_000L;
    // an affine bijection of [0, 10^8): the multiplier is odd and not a multiple of 5, so coprime to 10^8
    private static final long MULTIPLIER = 48_271_653L;
    private static final long OFFSET = 12_345_679L;
    // subscribers use the lower half of every prefix's index space, gangs the upper half
    private static final long GANG_BASE = SUFFIXES / 2;

    private MobileNumbers() {}

    /** The E.164 number of subscriber {@code index} (0-based); distinct indices give distinct numbers. */
    static String subscriber(long index) {
        int prefix = OPERATOR_PREFIXES[(int) (index % OPERATOR_PREFIXES.length)];
        long slot = index / OPERATOR_PREFIXES.length;
        if (slot >= GANG_BASE) {
            throw new IllegalArgumentException("too many subscribers: " + index);
        }
        return e164(prefix, slot);
    }

    /** The E.164 number of a gang's {@code index}-th number (0-based over every gang); on a virtual prefix or not. */
    static String gang(long index, boolean virtual) {
        int[] prefixes = virtual ? VIRTUAL_PREFIXES : OPERATOR_PREFIXES;
        int prefix = prefixes[(int) (index % prefixes.length)];
        long slot = GANG_BASE + index / prefixes.length;
        if (slot >= SUFFIXES) {
            throw new IllegalArgumentException("too many gang numbers: " + index);
        }
        return e164(prefix, slot);
    }

    private static String e164(int prefix, long slot) {
        long suffix = Math.floorMod(slot * MULTIPLIER + OFFSET, SUFFIXES);
        StringBuilder number = new StringBuilder(14).append("+86").append(prefix);
        String digits = Long.toString(suffix);
        number.append("00000000", 0, 8 - digits.length()).append(digits);
        return number.toString();
    }
}

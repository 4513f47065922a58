package io.clearsky.core.linkage;

import java.util.SplittableRandom;

/**
 * Report–identifier links shaped like real linkage input, at any size and without the simulator's cost: each report
 * carries four identifiers, two from its gang's pool (the numbers, accounts and domains a gang reuses) and two of its
 * own (the victim's noise: a mistyped number, a half-remembered account). Gangs are drawn with a skew so a few are
 * large. Report {@code r} carries {@code identifiers[offsets[r] .. offsets[r + 1])}.
 */
public record SyntheticReports(int[] offsets, int[] identifiers, int identifierCount) {

    /** Identifier links of every report. */
    public static final int LINKS_PER_REPORT = 4;

    static final int POOL_PER_GANG = 40;

    /** {@code reports} reports of {@code reports / 100} gangs, the same for the same seed. */
    public static SyntheticReports generate(long seed, int reports) {
        SplittableRandom random = new SplittableRandom(seed);
        int gangs = Math.max(1, reports / 100);
        int gangIdentifiers = gangs * POOL_PER_GANG;
        int[] offsets = new int[reports + 1];
        int[] identifiers = new int[reports * LINKS_PER_REPORT];
        int own = gangIdentifiers;
        for (int r = 0; r < reports; r++) {
            // skewed gang sizes: the square of a uniform draw favours low gang numbers
            double u = random.nextDouble();
            int gang = (int) (u * u * gangs);
            int at = r * LINKS_PER_REPORT;
            identifiers[at] = gang * POOL_PER_GANG + random.nextInt(POOL_PER_GANG);
            identifiers[at + 1] = gang * POOL_PER_GANG + random.nextInt(POOL_PER_GANG);
            identifiers[at + 2] = own++;
            identifiers[at + 3] = own++;
            offsets[r + 1] = at + LINKS_PER_REPORT;
        }
        return new SyntheticReports(offsets, identifiers, own);
    }

    public int reports() {
        return offsets.length - 1;
    }

    /** The identifiers of report {@code r}. */
    public int[] of(int r) {
        return java.util.Arrays.copyOfRange(identifiers, offsets[r], offsets[r + 1]);
    }
}

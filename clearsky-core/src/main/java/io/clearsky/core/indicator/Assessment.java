package io.clearsky.core.indicator;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on one identifier with what backs it.
 *
 * @param verdict what the caller should do
 * @param scamType the scam the identifier was used for, if known
 * @param confidence 0 to 100
 * @param agencyRef the issuing agency's id, 0 for none
 * @param reasons why, most important first
 */
public record Assessment(
        Verdict verdict, @Nullable ScamType scamType, int confidence, int agencyRef, List<Reason> reasons) {

    /** The answer for an identifier nobody listed. */
    public static final Assessment NOT_LISTED =
            new Assessment(Verdict.UNKNOWN, null, 0, 0, List.of(Reason.of(ReasonCode.NOT_LISTED)));

    public Assessment {
        reasons = List.copyOf(reasons);
    }

    /** The more severe of two assessments (for a URL: the URL itself and each domain above it). */
    public Assessment moreSevere(Assessment other) {
        int order = verdict.compareTo(other.verdict);
        if (order == 0) {
            return confidence >= other.confidence ? this : other;
        }
        return order > 0 ? this : other;
    }
}

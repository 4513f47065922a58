package io.clearsky.server.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cluster of linked reports as an analyst weighs it: how many reports and victims, what was lost, where and how,
 * over what time, and the identifiers that tie it together, the strongest first.
 *
 * @param id the cluster's name: the id of one of its reports (any member's id finds the cluster; a merge may
 *     rename it)
 * @param totalLossCny the yuan lost in all its reports
 * @param threshold the filing threshold that applies, for its jurisdiction and main scam type
 * @param jurisdiction the region with the most victims
 * @param agencyId the centre of that jurisdiction, null when no centre covers it
 */
public record ClusterSummary(
        long id,
        int reports,
        int victims,
        BigDecimal totalLossCny,
        BigDecimal largestLossCny,
        boolean fileable,
        BigDecimal threshold,
        String jurisdiction,
        @Nullable Long agencyId,
        List<Count> regions,
        List<Count> scamTypes,
        Instant firstOccurred,
        Instant lastOccurred,
        List<Tie> identifiers,
        List<String> caseNos,
        List<Long> reportIds) {

    /** How many victims (for a region) or reports (for a scam type) a key has. */
    public record Count(String key, @Nullable String label, int count) {}

    /**
     * An identifier and how many of the cluster's reports carry it.
     *
     * @param key what it links by, e.g. {@code PHONE_NUMBER:+8617012345678}; pass it to exclude it
     * @param degree how many reports carry it across all clusters
     * @param hub whether it carries too many reports to link any more (to review)
     * @param excluded whether an analyst or the allowlist took it out of linking
     */
    public record Tie(String key, int reports, int degree, boolean hub, boolean excluded) {}
}

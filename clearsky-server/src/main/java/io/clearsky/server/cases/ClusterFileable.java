package io.clearsky.server.cases;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cluster's losses reached its filing threshold: it is worth a case. Addressed to the centre of the jurisdiction
 * with the most victims (null when no centre covers it; the platform's admins then see it).
 */
public record ClusterFileable(
        long clusterId,
        int reports,
        int victims,
        BigDecimal totalLossCny,
        BigDecimal threshold,
        String jurisdiction,
        @Nullable Long agencyId,
        List<Long> reportIds) {

    public ClusterFileable {
        reportIds = List.copyOf(reportIds);
    }
}

package io.clearsky.server.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A case: who has it, where it stands, its reports and what they lost, and any referral waiting for an answer. */
public record CaseView(
        long id,
        String caseNo,
        String title,
        long agencyId,
        String analyst,
        CaseStatus status,
        Instant createdAt,
        Instant updatedAt,
        long anchorReportId,
        int reports,
        BigDecimal totalLossCny,
        List<Long> reportIds,
        @Nullable ReferralView pendingReferral) {}

package io.clearsky.server.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A case offered to another centre, and its answer. */
public record ReferralView(
        long id,
        long caseId,
        String caseNo,
        long fromAgencyId,
        long toAgencyId,
        Status status,
        String reason,
        String createdBy,
        Instant createdAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote) {

    /** Where a referral stands. */
    public enum Status {
        PENDING,
        ACCEPTED,
        DECLINED
    }
}

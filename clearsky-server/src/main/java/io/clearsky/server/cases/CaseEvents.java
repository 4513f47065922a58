package io.clearsky.server.cases;

import org.jspecify.annotations.Nullable;

/** What happens to cases and to the linkage, for the audit trail and anyone else who listens. */
public final class CaseEvents {

    private CaseEvents() {}

    /** An analyst opened a case on a cluster. */
    public record CaseOpened(long caseId, String caseNo, long agencyId, int reports, String actor) {}

    /** A case changed status. */
    public record CaseStatusChanged(long caseId, String caseNo, CaseStatus from, CaseStatus to, String actor) {}

    /** A case was referred to another centre, which has to accept or decline it. */
    public record CaseReferred(
            long caseId, String caseNo, long referralId, long fromAgencyId, long toAgencyId, String actor) {}

    /** A referral was accepted (the case moved) or declined (it stayed). */
    public record ReferralDecided(
            long caseId,
            String caseNo,
            long referralId,
            boolean accepted,
            @Nullable String note,
            String actor) {}

    /** Later reports linked to a case's cluster and joined the case. */
    public record ReportsJoined(long caseId, String caseNo, int reports) {}

    /** An analyst took an identifier out of linking; clusters it had joined were split. */
    public record IdentifierExcluded(String key, String reason, int clustersBefore, int clustersAfter, String actor) {}
}

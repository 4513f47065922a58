package io.clearsky.server.cases.internal;

import io.clearsky.server.ConflictException;
import io.clearsky.server.cases.CaseStatus;
import java.time.Instant;

/**
 * A case (案件): the centre and analyst who have it and where it stands. Its state changes only through its own
 * methods, which refuse what the rules do not allow.
 */
public final class FraudCase {

    private final long id;
    private final String caseNo;
    private final String title;
    private final long anchorReportId;
    private long agencyId;
    private String analyst;
    private CaseStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    FraudCase(
            long id,
            String caseNo,
            String title,
            long anchorReportId,
            long agencyId,
            String analyst,
            CaseStatus status,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this.id = id;
        this.caseNo = caseNo;
        this.title = title;
        this.anchorReportId = anchorReportId;
        this.agencyId = agencyId;
        this.analyst = analyst;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** Moves the case on; only the transitions of {@link CaseStatus#next()} are allowed. */
    public CaseStatus moveTo(CaseStatus target, Instant now) {
        if (!status.next().contains(target)) {
            throw new ConflictException("case " + caseNo + " is " + status + "; it can go to "
                    + (status.next().isEmpty()
                            ? "nothing (it is closed)"
                            : status.next().toString()) + ", not "
                    + target);
        }
        CaseStatus before = status;
        status = target;
        updatedAt = now;
        return before;
    }

    /** Refuses changes to a closed case. */
    public void requireOpen() {
        if (status == CaseStatus.CLOSED) {
            throw new ConflictException("case " + caseNo + " is closed");
        }
    }

    /** Hands the case to the centre that accepted its referral. */
    public void transferTo(long agency, String newAnalyst, Instant now) {
        requireOpen();
        this.agencyId = agency;
        this.analyst = newAnalyst;
        this.updatedAt = now;
    }

    public long id() {
        return id;
    }

    public String caseNo() {
        return caseNo;
    }

    public String title() {
        return title;
    }

    public long anchorReportId() {
        return anchorReportId;
    }

    public long agencyId() {
        return agencyId;
    }

    public String analyst() {
        return analyst;
    }

    public CaseStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}

package io.clearsky.server.reports;

import io.clearsky.core.indicator.ScamType;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a reporter sees when following a report by its receipt number: where it stands and how it got there. */
public record ReportTracking(
        String receiptNo,
        Instant receivedAt,
        ScamType scamType,
        ReportStatus status,
        String statusZh,
        String statusEn,
        @Nullable String caseNo,
        List<Step> history) {

    /** One change of status, oldest first. */
    public record Step(
            Instant at,
            ReportStatus status,
            @Nullable String caseNo,
            @Nullable String note) {}
}

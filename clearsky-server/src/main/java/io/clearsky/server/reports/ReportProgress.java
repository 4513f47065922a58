package io.clearsky.server.reports;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reports moved on: a case was opened on them, changed status or was referred. Published by the cases module;
 * the reports module records it on each report, where its reporter sees it.
 *
 * @param note what happened in words, e.g. the agency a case was referred to
 */
public record ReportProgress(
        List<Long> reportIds,
        ReportStatus status,
        String caseNo,
        @Nullable String note,
        Instant at) {

    public ReportProgress {
        reportIds = List.copyOf(reportIds);
    }
}

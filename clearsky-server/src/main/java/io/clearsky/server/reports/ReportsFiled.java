package io.clearsky.server.reports;

import java.util.List;

/**
 * Reports were filed, in one transaction. Carries ids only; listeners read what they need with {@link
 * ReportManagement#filed(java.util.Collection)}, so that a batch of reports does not copy itself into every
 * listener's event publication.
 */
public record ReportsFiled(List<Long> reportIds) {

    public ReportsFiled {
        reportIds = List.copyOf(reportIds);
    }
}

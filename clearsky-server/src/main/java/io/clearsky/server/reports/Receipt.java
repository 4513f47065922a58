package io.clearsky.server.reports;

import java.time.Instant;
import java.util.List;

/**
 * What the reporter gets back: the receipt number to follow the report with, and each identifier as it was read.
 *
 * @param repeated true when this answers a retry of a report already filed under the same idempotency key
 */
public record Receipt(
        long reportId,
        String receiptNo,
        ReportStatus status,
        Instant receivedAt,
        List<ReportedIdentifier> identifiers,
        boolean repeated) {

    /** The same receipt, given again to a retry. */
    public Receipt repeat() {
        return new Receipt(reportId, receiptNo, status, receivedAt, identifiers, true);
    }
}

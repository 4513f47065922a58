package io.clearsky.server.reports;

/** Someone read a reporter's contact details; the audit trail records who and for which report. */
public record ReporterContactRevealed(long reportId, String receiptNo, String actor, String reason) {}

package io.clearsky.server.reports;

import org.jspecify.annotations.Nullable;

/** The reporter's personal data, kept apart from the report and read only one report at a time. */
public record ReporterContact(
        long reportId, String receiptNo, @Nullable String name, String phone) {}

package io.clearsky.server.reports.internal;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.reports.ReportStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which reports a list shows: any of a scam type, a status, a region (a code covers its divisions: pass its
 * significant prefix), a period of occurrence, and a receipt number.
 */
public record ReportFilter(
        @Nullable ScamType scamType,
        @Nullable ReportStatus status,
        @Nullable String regionPrefix,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String receiptNo) {

    String where() {
        List<String> conditions = new ArrayList<>();
        if (scamType != null) {
            conditions.add("scam_type = ?");
        }
        if (status != null) {
            conditions.add("status = ?");
        }
        if (regionPrefix != null) {
            conditions.add("region_code like ?");
        }
        if (from != null) {
            conditions.add("occurred_at >= ?");
        }
        if (to != null) {
            conditions.add("occurred_at < ?");
        }
        if (receiptNo != null) {
            conditions.add("receipt_no = ?");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    List<Object> params() {
        List<Object> params = new ArrayList<>();
        if (scamType != null) {
            params.add(scamType.name());
        }
        if (status != null) {
            params.add(status.name());
        }
        if (regionPrefix != null) {
            params.add(regionPrefix + "%");
        }
        if (from != null) {
            params.add(OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (to != null) {
            params.add(OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        }
        if (receiptNo != null) {
            params.add(receiptNo);
        }
        return params;
    }
}

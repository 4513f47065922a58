package io.clearsky.server.reports;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report's personal data in clear, shown one report at a time to who gave a reason: the narrative as the victim
 * wrote it and the reporter's contact.
 */
public record RevealedReport(
        long reportId,
        String receiptNo,
        @Nullable String narrative,
        @Nullable String reporterName,
        String reporterPhone) {

    /** The fields shown, for the audit trail. */
    List<String> fields() {
        List<String> fields = new ArrayList<>();
        if (narrative != null) {
            fields.add("narrative");
        }
        if (reporterName != null) {
            fields.add("reporterName");
        }
        fields.add("reporterPhone");
        return fields;
    }
}

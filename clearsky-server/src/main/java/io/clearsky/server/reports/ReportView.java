package io.clearsky.server.reports;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.ScamTextView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report as an analyst sees it in lists and on its own: everything but the reporter's personal data, with the
 * phone, ID card and bank card numbers in the narrative masked ({@code POST /api/v1/reports/{id}/reveal} shows them).
 * The identifiers are the fraudster's and stay in clear.
 *
 * @param suggestion what the scam-text classifier reads in the masked narrative (its scam type may differ from the
 *     one the reporter chose), so that an analyst can correct a report filed as OTHER or under a wrong type; on a
 *     report's own view, absent in lists and without a narrative
 */
public record ReportView(
        long id,
        String receiptNo,
        Instant receivedAt,
        Instant occurredAt,
        ScamType scamType,
        BigDecimal lossAmount,
        String currency,
        PaymentMethod paymentMethod,
        String region,
        @Nullable String narrative,
        ReportStatus status,
        @Nullable String caseNo,
        List<ReportedIdentifier> identifiers,
        @Nullable ScamTextView suggestion) {

    /** This report with another narrative (a masked one) and suggestion. */
    public ReportView with(@Nullable String narrative, @Nullable ScamTextView suggestion) {
        return new ReportView(
                id,
                receiptNo,
                receivedAt,
                occurredAt,
                scamType,
                lossAmount,
                currency,
                paymentMethod,
                region,
                narrative,
                status,
                caseNo,
                identifiers,
                suggestion);
    }
}

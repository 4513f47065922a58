package io.clearsky.server.reports;

import io.clearsky.core.indicator.ScamType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A filed report as other modules read it: no narrative and no personal data. The victim is a pseudonym (a hash of
 * the reporter's phone number), enough to count distinct victims and to count one reporter once.
 */
public record FiledReport(
        long id,
        String receiptNo,
        Instant receivedAt,
        Instant occurredAt,
        ScamType scamType,
        BigDecimal lossAmount,
        String currency,
        String region,
        String victimKey,
        @Nullable Long sourceAgencyId,
        List<ReportedIdentifier> identifiers) {

    public FiledReport {
        identifiers = List.copyOf(identifiers);
    }
}

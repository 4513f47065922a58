package io.clearsky.server.reports.internal;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.reports.PaymentMethod;
import io.clearsky.server.reports.ReportedIdentifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A validated report on its way into the database, with its reporter's contact and its idempotency key; the request's
 * hash, which tells a retry from a different report under the same key, is there only with a key.
 */
public record Filing(
        String receiptNo,
        Instant receivedAt,
        Instant occurredAt,
        ScamType scamType,
        BigDecimal lossAmount,
        String currency,
        PaymentMethod paymentMethod,
        String region,
        @Nullable String narrative,
        String victimKey,
        @Nullable Long sourceAgencyId,
        @Nullable String idempotencyScope,
        @Nullable String idempotencyKey,
        @Nullable String requestHash,
        List<ReportedIdentifier> identifiers,
        @Nullable String reporterName,
        String reporterPhone) {

    /** Months, like the rest of a Chinese centre's figures, are counted in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public Filing {
        identifiers = List.copyOf(identifiers);
    }

    String occurredMonth() {
        return occurredAt.atZone(ZONE).toLocalDate().toString().substring(0, 7);
    }
}

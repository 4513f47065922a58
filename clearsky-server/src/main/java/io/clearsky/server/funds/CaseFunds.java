package io.clearsky.server.funds;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case's money: the orders issued for it, what they stopped and froze, and what was returned to victims. Sums
 * are per currency.
 *
 * @param stopped executed stop-payments
 * @param frozen executed freezes
 */
public record CaseFunds(
        long caseId,
        List<OrderView> orders,
        List<Money> stopped,
        List<Money> frozen,
        List<Money> returned,
        List<Recovery> recoveries) {

    /** Money returned to a victim. */
    public record Recovery(
            long id,
            Money amount,
            @Nullable Long orderId,
            @Nullable String victimReceiptNo,
            Instant returnedAt,
            String recordedBy,
            @Nullable String note) {}
}

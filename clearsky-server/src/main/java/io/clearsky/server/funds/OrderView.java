package io.clearsky.server.funds;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stop-payment or freeze order as the issuing centre and the partner see it.
 *
 * @param orderNo ZF (止付) or DJ (冻结), the year and a number: {@code ZF2026-000042}
 * @param amount what the order asks to stop or freeze
 * @param executed what the partner reports it stopped or froze, once it has
 * @param expiresAt when a live order's term ends: a stop-payment lapses then unless a freeze follows, a freeze
 *     expires unless extended
 * @param followsOrderId the stop-payment a freeze follows
 * @param history what happened to the order, oldest first (on a single order)
 */
public record OrderView(
        long id,
        String orderNo,
        OrderKind kind,
        OrderStatus status,
        long agencyId,
        @Nullable Long caseId,
        String legalDocument,
        AccountRef account,
        long partnerId,
        Money amount,
        @Nullable Money executed,
        @Nullable Long followsOrderId,
        String issuedBy,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant executedAt,
        @Nullable String partnerNote,
        @Nullable Instant closedAt,
        @Nullable List<Change> history) {

    /** A change on the order: who did what, and the status after it. */
    public record Change(
            Instant at,
            String actor,
            String action,
            OrderStatus status,
            @Nullable String detail) {}
}

package io.clearsky.server.funds;

import org.jspecify.annotations.Nullable;

/** What happens in the funds module, for the audit trail and anyone else who listens. */
public final class FundsEvents {

    private FundsEvents() {}

    /** A partner set its webhook (a new URL and signing secret, never in the event) or removed it. */
    public record WebhookChanged(
            long partnerId,
            String action,
            @org.jspecify.annotations.Nullable String url,
            String actor) {}

    /** A partner's batch added transfers or moved their status on. */
    public record TransfersReceived(long partnerId, int added, int updated, String actor) {}

    /** A stop-payment or freeze order changed: issued, executed, extended, released, lapsed, expired, superseded. */
    public record OrderChanged(
            long orderId,
            String orderNo,
            OrderKind kind,
            String action,
            OrderStatus status,
            long agencyId,
            long partnerId,
            @Nullable Long caseId,
            String detail,
            String actor) {}

    /** An assistance request was made, answered or withdrawn. */
    public record AssistanceChanged(
            long requestId,
            String requestNo,
            String action,
            long agencyId,
            long partnerId,
            String detail,
            String actor) {}

    /**
     * A partner's answer to an assistance request named phone numbers bound to the account: the registry takes them
     * as the partner's detections.
     */
    public record NumbersFedBack(long requestId, String requestNo, long partnerId, java.util.List<String> numbers) {}

    /** Money returned to a victim was recorded against a case. */
    public record RecoveryRecorded(
            long recoveryId,
            long caseId,
            Money amount,
            @Nullable Long orderId,
            String actor) {}
}

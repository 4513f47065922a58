package io.clearsky.server.funds;

import org.jspecify.annotations.Nullable;

/**
 * Money returned to a victim, as the centre records it.
 *
 * @param orderId the freeze or stop-payment the money came from; the returns from an order never exceed what it
 *     held
 * @param victimReceiptNo the receipt number of the victim's report, if known
 * @param returnedAt when it was returned (ISO-8601); now when absent
 */
public record RecoveryForm(
        @Nullable Long caseId,
        @Nullable String amount,
        @Nullable String currency,
        @Nullable Long orderId,
        @Nullable String victimReceiptNo,
        @Nullable String returnedAt,
        @Nullable String note) {}

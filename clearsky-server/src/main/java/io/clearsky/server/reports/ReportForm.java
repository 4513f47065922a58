package io.clearsky.server.reports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scam report as submitted, before validation. {@link ReportManagement} reads it into a report or names every
 * field that is wrong.
 *
 * @param idempotencyKey the client's key for this report, so that a retry never files twice (in a batch; a single
 *     submission sends it as the {@code Idempotency-Key} header)
 * @param occurredAt when the fraud happened, ISO-8601 with an offset ({@code 2026-11-20T14:30:00+08:00})
 * @param scamType a code of the national list ({@code FAKE_INVESTMENT}) or its Chinese name; left out, OTHER (the
 *     report's view then shows what the scam-text classifier reads in the narrative as a suggestion)
 * @param loss what was lost; absent for an attempt that cost nothing
 * @param region the victim's GB/T 2260 region code
 */
public record ReportForm(
        @Nullable String idempotencyKey,
        @Nullable String occurredAt,
        @Nullable String scamType,
        @Nullable Loss loss,
        @Nullable String paymentMethod,
        @Nullable List<IdentifierForm> identifiers,
        @Nullable String region,
        @Nullable String narrative,
        @Nullable Reporter reporter) {

    /** An amount in a currency, exact: {@code {"amount": "12000.50", "currency": "CNY"}}. */
    public record Loss(@Nullable String amount, @Nullable String currency) {}

    /** One identifier the fraudster used, as the victim has it. */
    public record IdentifierForm(
            @Nullable String kind, @Nullable String value) {}

    /** Who reports: their phone number is how they follow the report and how the police call back. */
    public record Reporter(@Nullable String name, @Nullable String phone) {}
}

package io.clearsky.server.funds;

import org.jspecify.annotations.Nullable;

/**
 * What to trace and how far. Either a transfer on record ({@code partner} and {@code transferId}), or money that
 * reached an account ({@code account}, {@code institution}, {@code at}, {@code amount}, {@code currency}) when the
 * victim's payment itself is not on record.
 *
 * @param apportionment FIFO (the default) or PROPORTIONAL
 * @param maxDepth the last level followed, 1 to 10 (default 5)
 * @param maxFanOut the most payees followed from one account, 1 to 500 (default 50)
 * @param until ignore transfers after this moment (ISO-8601); default now
 */
public record TraceRequest(
        @Nullable String partner,
        @Nullable String transferId,
        @Nullable String account,
        @Nullable String institution,
        @Nullable String at,
        @Nullable String amount,
        @Nullable String currency,
        @Nullable String apportionment,
        @Nullable Integer maxDepth,
        @Nullable Integer maxFanOut,
        @Nullable String until) {

    /** The whole of a transfer on record, with the default limits, up to {@code until} (null: now). */
    public static TraceRequest ofTransfer(String partner, String transferId, @Nullable String until) {
        return new TraceRequest(partner, transferId, null, null, null, null, null, null, null, null, until);
    }
}

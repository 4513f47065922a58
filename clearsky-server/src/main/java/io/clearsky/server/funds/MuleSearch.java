package io.clearsky.server.funds;

import org.jspecify.annotations.Nullable;

/**
 * What a centre asks a mule search, as sent: each part optional, checked by {@link MuleManagement}.
 *
 * @param from the window's start, ISO-8601 with an offset (default: a day before {@code to})
 * @param to the window's end, exclusive (default: now)
 * @param currency the currency of the transfers examined (default CNY)
 * @param minPayers the fewest unrelated payers, 1 to 20 (default 3)
 * @param maxDelay how soon money must leave to count as passed on, an ISO-8601 duration from 1 minute to 1 day
 *     (default {@code PT1H})
 * @param minForwardedShare the least share of the money received passed on, above 0 and at most 1 (default 0.5)
 */
public record MuleSearch(
        @Nullable String from,
        @Nullable String to,
        @Nullable String currency,
        @Nullable String minPayers,
        @Nullable String maxDelay,
        @Nullable String minForwardedShare) {}

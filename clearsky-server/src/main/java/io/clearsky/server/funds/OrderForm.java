package io.clearsky.server.funds;

import org.jspecify.annotations.Nullable;

/**
 * An order as a centre issues it.
 *
 * @param kind STOP_PAYMENT or FREEZE
 * @param legalDocument the reference of the legal document behind it (e.g. 厦公（反诈）止付字〔2026〕118号)
 * @param account the account to stop or freeze, at {@code institution} (a partner's code)
 * @param amount how much, in the major unit; {@code currency} CNY when absent
 * @param caseId the case it serves; a freeze needs one, an emergency stop-payment may come before the case
 * @param followsOrderId for a freeze: the stop-payment it follows, which it replaces once executed
 */
public record OrderForm(
        @Nullable String kind,
        @Nullable String legalDocument,
        @Nullable String account,
        @Nullable String institution,
        @Nullable String amount,
        @Nullable String currency,
        @Nullable Long caseId,
        @Nullable Long followsOrderId) {}

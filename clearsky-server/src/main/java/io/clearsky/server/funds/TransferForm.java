package io.clearsky.server.funds;

import org.jspecify.annotations.Nullable;

/**
 * A transfer as a partner sends it, before validation; the same fields are the columns of the CSV form.
 *
 * @param transferId the partner's own id of the transfer, 1 to 64 characters: with the partner, what makes a resend
 *     a repeat
 * @param time when the money moved, ISO-8601 with an offset ({@code 2026-11-20T14:30:00+08:00})
 * @param payerAccount the paying account as its institution numbers it
 * @param payerInstitution the code of the institution that holds the paying account; the sending partner when absent
 * @param payeeAccount the receiving account
 * @param payeeInstitution the code of the institution that holds the receiving account; the sending partner when
 *     absent
 * @param amount the amount in the major unit, exact ({@code "50000.00"})
 * @param currency ISO 4217, CNY when absent
 * @param channel how it was paid, e.g. BALANCE, BANK_CARD, QUICK_PAY, QR_CODE (upper-case letters, digits, _)
 * @param status PENDING, SUCCEEDED (the default), FAILED or REVERSED
 */
public record TransferForm(
        @Nullable String transferId,
        @Nullable String time,
        @Nullable String payerAccount,
        @Nullable String payerInstitution,
        @Nullable String payeeAccount,
        @Nullable String payeeInstitution,
        @Nullable String amount,
        @Nullable String currency,
        @Nullable String channel,
        @Nullable String status) {

    /** The CSV header: the record's fields in order. */
    public static final String CSV_HEADER =
            "transferId,time,payerAccount,payerInstitution,payeeAccount,payeeInstitution,amount,currency,channel,status";
}

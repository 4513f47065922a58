package io.clearsky.core.funds;

import java.util.List;

/**
 * An account {@link MuleDetector} takes for a money mule, with the evidence an analyst can check transfer by
 * transfer. Amounts are in fen, delays in seconds.
 *
 * @param unrelatedPayers how many unrelated payers paid it: new counterparties, those that transacted with each
 *     other counted once
 * @param receivedFen all the money it received in the window (history before it is not counted)
 * @param forwardedFen the money it passed on within the delay of its arrival
 * @param forwardedShare {@code forwardedFen / receivedFen}
 * @param medianDelaySeconds the median, over the forwards, of how long the money a forward carried had been in the
 *     account
 * @param score for ranking, higher first: {@code forwardedShare × unrelatedPayers × (1 − medianDelay / (2 ×
 *     maxDelay))}, so more victims, more passed on and faster rank higher
 * @param paymentCount how many payments it received; {@code payments} lists the first ones
 * @param forwardCount how many of its outgoing transfers passed money on within the delay; {@code forwards} lists
 *     the first ones
 */
public record MuleFlag(
        String account,
        int unrelatedPayers,
        long receivedFen,
        long forwardedFen,
        double forwardedShare,
        long medianDelaySeconds,
        double score,
        int paymentCount,
        int forwardCount,
        List<Payment> payments,
        List<Forward> forwards) {

    public MuleFlag {
        payments = List.copyOf(payments);
        forwards = List.copyOf(forwards);
    }

    /**
     * A payment into the account.
     *
     * @param reference the caller's reference of the transfer
     * @param newPayer whether it came from a new counterparty (no transfer with the account before, history
     *     included) that is neither a hub nor cash: the payers counted, related ones once
     */
    public record Payment(long reference, String payer, long epochMillis, long amountFen, boolean newPayer) {}

    /**
     * An outgoing transfer that passed received money on within the delay.
     *
     * @param reference the caller's reference of the transfer
     * @param amountFen the whole transfer
     * @param forwardedFen the part of it that had arrived within the delay before (the rest was older money)
     * @param delaySeconds how long the earliest of that money had been in the account
     */
    public record Forward(
            long reference, String payee, long epochMillis, long amountFen, long forwardedFen, long delaySeconds) {}
}

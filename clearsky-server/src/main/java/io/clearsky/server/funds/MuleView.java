package io.clearsky.server.funds;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Suspected money-mule accounts in a window, each with the evidence an analyst can check transfer by transfer, most
 * suspicious first.
 *
 * @param transfers how many settled transfers of the window were examined
 * @param history the settled transfers read before the window as history only (who already dealt with whom)
 * @param rule the rule applied
 * @param mules one page of the flagged accounts
 */
public record MuleView(
        Instant from, Instant to, String currency, int transfers, History history, Rule rule, Page<Mule> mules) {

    /**
     * The look-back read before the window.
     *
     * @param from the start of the history read: {@code from} of the window minus the look-back, or later when the
     *     transfer cap cut it short (then every settled transfer from here to the window was read)
     * @param transfers how many settled transfers it holds
     * @param complete whether it covers the whole look-back period ({@code clearsky.funds.mule-look-back})
     */
    public record History(Instant from, int transfers, boolean complete) {}

    /**
     * The rule: at least {@code minPayers} unrelated payers (new counterparties that never transacted with each
     * other), at least {@code minForwardedShare} of the money received passed on within {@code maxDelaySeconds} of
     * arriving, and fewer than {@code hubMinTransfers} transfers (no merchant or hub).
     */
    public record Rule(int minPayers, long maxDelaySeconds, double minForwardedShare, int hubMinTransfers) {}

    /**
     * A suspected mule account.
     *
     * @param partner the code of the partner on ClearSky that holds the account, if there is one: whom to ask to stop
     *     it
     * @param forwardedShare the share of {@code received} passed on within the delay
     * @param medianDelaySeconds the median of how long the money each forward carried had been in the account
     * @param score for ranking: share passed on × unrelated payers × speed
     * @param paymentCount how many payments it received ({@code payments} lists the first 100)
     * @param forwardCount how many transfers passed money on within the delay ({@code forwards} lists the first 100)
     */
    public record Mule(
            AccountRef account,
            @Nullable String partner,
            int unrelatedPayers,
            Money received,
            Money forwarded,
            double forwardedShare,
            long medianDelaySeconds,
            double score,
            int paymentCount,
            int forwardCount,
            List<Payment> payments,
            List<Forward> forwards) {}

    /**
     * A payment into the account.
     *
     * @param transferId ClearSky's id of the transfer
     * @param newPayer whether the payer is a new counterparty counted towards the unrelated payers
     */
    public record Payment(long transferId, AccountRef payer, Instant at, Money amount, boolean newPayer) {}

    /**
     * A transfer out that passed received money on.
     *
     * @param transferId ClearSky's id of the transfer
     * @param amount the whole transfer
     * @param forwarded the part of it that had arrived within the delay before
     * @param delaySeconds how long the earliest of that money had been in the account
     */
    public record Forward(
            long transferId, AccountRef payee, Instant at, Money amount, Money forwarded, long delaySeconds) {}
}

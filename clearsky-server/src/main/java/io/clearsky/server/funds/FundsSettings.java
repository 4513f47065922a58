package io.clearsky.server.funds;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Terms, limits and defaults of the funds module ({@code clearsky.funds.*}).
 *
 * @param stopPaymentTerm how long an emergency stop-payment holds once executed (48 hours by law) unless a freeze
 *     follows it
 * @param freezeTerm how long a freeze holds once executed before it must be extended (six months for deposits)
 * @param assistanceDeadline the default time a partner has to answer an assistance request
 * @param maxBatch the most transfers or balances in one request
 * @param hubMinTransfers an account with this many transfers is a merchant, an exchange or a payment hub: a trace
 *     flags it and does not follow money through it
 * @param traceMaxAccounts the most accounts one trace reads; a trace that would need more stops and says so
 * @param webhookMaxAttempts how often a webhook delivery is tried before it is given up (and shown as failed)
 * @param muleMaxWindow the longest window a mule search examines at once
 * @param muleMaxTransfers the most settled transfers a mule search reads (about 40 bytes each in memory), window
 *     and look-back together; a window holding more is refused, to be narrowed, and a look-back that would pass it is
 *     cut short (its oldest part left out)
 * @param muleLookBack how far before a mule search's window it reads settled transfers as history only: a payer that
 *     dealt with the account then is no stranger in the window; zero reads none
 * @param traceGraph where traces read the transfer graph: {@code database} (by rounds, the part a trace needs) or
 *     {@code memory} (every settled transfer held in memory, following the database; about 40 bytes a transfer)
 * @param traceGraphLag with {@code memory}: how far back each poll of the database looks again, past the latest
 *     change it read, for changes committed late; longer than the longest transaction writing transfers plus the
 *     clock difference between replicas
 */
@ConfigurationProperties("clearsky.funds")
public record FundsSettings(
        @DefaultValue("48h") Duration stopPaymentTerm,
        @DefaultValue("180d") Duration freezeTerm,
        @DefaultValue("72h") Duration assistanceDeadline,
        @DefaultValue("10000") int maxBatch,
        @DefaultValue("5000") int hubMinTransfers,
        @DefaultValue("20000") int traceMaxAccounts,
        @DefaultValue("12") int webhookMaxAttempts,
        @DefaultValue("31d") Duration muleMaxWindow,
        @DefaultValue("2000000") int muleMaxTransfers,
        @DefaultValue("30d") Duration muleLookBack,
        @DefaultValue("database") TraceGraph traceGraph,
        @DefaultValue("5s") Duration traceGraphLag) {

    /** Where traces read the transfer graph. */
    public enum TraceGraph {
        /** Read from the database by rounds, for each trace. */
        DATABASE,
        /** Held in memory, following the database; traces read the database until it has loaded. */
        MEMORY
    }

    public FundsSettings {
        if (stopPaymentTerm.isNegative() || stopPaymentTerm.isZero()) {
            throw new IllegalArgumentException("clearsky.funds.stop-payment-term must be positive");
        }
        if (freezeTerm.isNegative() || freezeTerm.isZero()) {
            throw new IllegalArgumentException("clearsky.funds.freeze-term must be positive");
        }
        if (assistanceDeadline.isNegative() || assistanceDeadline.isZero()) {
            throw new IllegalArgumentException("clearsky.funds.assistance-deadline must be positive");
        }
        if (traceGraphLag.isNegative()) {
            throw new IllegalArgumentException("clearsky.funds.trace-graph-lag must not be negative");
        }
        if (muleMaxWindow.isNegative() || muleMaxWindow.isZero() || muleMaxTransfers < 1 || muleLookBack.isNegative()) {
            throw new IllegalArgumentException(
                    "clearsky.funds: mule-max-window must be positive, mule-max-transfers >= 1,"
                            + " mule-look-back not negative");
        }
        if (maxBatch < 1 || hubMinTransfers < 2 || traceMaxAccounts < 10 || webhookMaxAttempts < 1) {
            throw new IllegalArgumentException(
                    "clearsky.funds: max-batch >= 1, hub-min-transfers >= 2, trace-max-accounts >= 10,"
                            + " webhook-max-attempts >= 1");
        }
    }
}

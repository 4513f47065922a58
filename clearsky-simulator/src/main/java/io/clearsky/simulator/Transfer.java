package io.clearsky.simulator;

import java.time.Instant;

/**
 * Money moving from one account to another: a payment account ("alipay:2088…"), a bank card number, or, for a
 * cash withdrawal, {@code cash:<division code>} where the ATM stands. Amounts are in fen (0.01 yuan).
 */
public record Transfer(long id, Instant time, String from, String to, long amountFen, Kind kind) {

    /** Why the money moved. Only the ground truth knows the last three; a platform sees them as ordinary moves. */
    public enum Kind {
        ACQUAINTANCE,
        MERCHANT,
        SALARY,
        FRAUD_PAYMENT,
        MULE_FORWARD,
        CASH_WITHDRAWAL
    }
}

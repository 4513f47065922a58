package io.clearsky.core.warning;

/** The part an event plays for one key it is routed to. */
public enum Role {
    /** A subscriber was reached: a call, an SMS, a link opened, an app installed (rules 2 and 3). */
    CONTACT,
    /** A subscriber pays (rules 1 and 2). */
    PAYER,
    /** A number places a call (rule 4). */
    CALLER,
    /** A number is called, perhaps back by someone it called (rule 4). */
    CALLED,
    /** An account receives a transfer (rule 5). */
    PAYEE_ACCOUNT,
    /** An account sends a transfer, perhaps forwarding what it just received (rule 5). */
    PAYER_ACCOUNT
}

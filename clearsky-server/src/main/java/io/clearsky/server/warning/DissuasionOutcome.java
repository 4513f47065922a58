package io.clearsky.server.warning;

/** How a dissuasion call ended. */
public enum DissuasionOutcome {
    /** Reached in time: the subscriber did not pay. */
    DISSUADED,
    /** Reached too late: the money had gone. */
    ALREADY_PAID,
    /** Nobody answered, after the attempts the centre requires. */
    UNREACHABLE,
    /** Reached: the payment was genuine. */
    NOT_A_SCAM
}

package io.clearsky.core.warning;

/** What a decision asks for. The transfer outcomes are ordered by severity: a transfer gets the most severe. */
public enum Outcome {
    /** Let the transfer go. Never stored as a decision; it is the answer when no rule fired. */
    ALLOW,
    /** Warn the subscriber (a spoofed call, a risky contact). */
    WARN,
    /** Let the transfer go, but the partner should review it. */
    REVIEW,
    /** Hold the transfer until someone has reached the payer. */
    HOLD,
    /** Refuse the transfer. */
    BLOCK,
    /** Put the subject (a number or an account) on the registry as SUSPECTED, with the evidence. */
    SUSPECT;

    /** Whether this outcome answers a transfer attempt (ALLOW, REVIEW, HOLD, BLOCK). */
    public boolean isTransferOutcome() {
        return this == ALLOW || this == REVIEW || this == HOLD || this == BLOCK;
    }
}

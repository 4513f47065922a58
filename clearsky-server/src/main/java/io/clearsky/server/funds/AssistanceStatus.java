package io.clearsky.server.funds;

/** Where an assistance request stands. */
public enum AssistanceStatus {
    /** Waiting for the partner's answer. */
    OPEN,
    /** Answered. */
    ANSWERED,
    /** Withdrawn by the centre before an answer. */
    WITHDRAWN
}

package io.clearsky.core.warning;

/** Which side of a call the reporting partner's subscriber is on. */
public enum CallDirection {
    /** The subscriber is the callee. */
    INCOMING,
    /** The subscriber is the caller. */
    OUTGOING
}

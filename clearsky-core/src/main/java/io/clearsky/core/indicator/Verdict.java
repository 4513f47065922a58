package io.clearsky.core.indicator;

/** The answer to "is this a fraud identifier?", in increasing severity of what the caller should do. */
public enum Verdict {
    UNKNOWN,
    ALLOWLISTED,
    SUSPICIOUS,
    SPOOF_LIKELY,
    FRAUD;

    /** Whether a phone app should warn its user. */
    public boolean warns() {
        return this == SUSPICIOUS || this == SPOOF_LIKELY || this == FRAUD;
    }

    /** The more severe of two verdicts. */
    public Verdict max(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}

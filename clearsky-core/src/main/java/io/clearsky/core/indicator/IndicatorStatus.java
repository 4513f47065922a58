package io.clearsky.core.indicator;

/** Where an indicator stands in its lifecycle: REPORTED → SUSPECTED → VERIFIED → EXPIRED, or ALLOWLISTED. */
public enum IndicatorStatus {
    /** Citizens reported it, fewer than the policy's threshold. */
    REPORTED,
    /** Enough independent reports, or a partner's detection: worth a warning, not yet confirmed. */
    SUSPECTED,
    /** An anti-fraud centre confirmed it: a fraud indicator. */
    VERIFIED,
    /** Not seen for longer than its time to live; numbers are recycled, so the listing lapsed. */
    EXPIRED,
    /** An official number (110, 96110, bank hotlines): can never be listed. */
    ALLOWLISTED;

    /** Whether the indicator currently warns (REPORTED counts: it shows in activity figures but warns only above it). */
    public boolean isListed() {
        return this == SUSPECTED || this == VERIFIED;
    }
}

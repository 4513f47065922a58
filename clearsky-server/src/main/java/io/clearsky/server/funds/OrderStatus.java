package io.clearsky.server.funds;

/** Where an order stands. ISSUED and EXECUTED are live; the others are final. */
public enum OrderStatus {
    /** Issued and waiting in the partner's inbox for its acknowledgement. */
    ISSUED,
    /** The partner stopped or froze the amount it reports. */
    EXECUTED,
    /** A stop-payment whose term ended without a freeze following it. */
    LAPSED,
    /** A stop-payment replaced by the freeze that followed it. */
    SUPERSEDED,
    /** Released by the issuing centre (or withdrawn before the partner executed it). */
    RELEASED,
    /** A freeze whose term ended without an extension. */
    EXPIRED;

    public boolean live() {
        return this == ISSUED || this == EXECUTED;
    }
}

package io.clearsky.server.funds;

/** What an order asks of the partner that holds an account. */
public enum OrderKind {
    /** Emergency stop-payment (紧急止付): hold the amount at once; lapses after its term unless a freeze follows. */
    STOP_PAYMENT,
    /** Freeze (冻结): the legal measure that follows; holds for its term, can be extended or released. */
    FREEZE
}

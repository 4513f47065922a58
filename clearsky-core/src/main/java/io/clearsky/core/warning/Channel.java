package io.clearsky.core.warning;

/** Where a transfer was started. */
public enum Channel {
    MOBILE_APP,
    ONLINE_BANKING,
    COUNTER,
    ATM,
    OTHER
}

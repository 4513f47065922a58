package io.clearsky.core.indicator;

/** How a call or message reached the subscriber, as the operator or the phone app sees it. */
public enum Route {
    DOMESTIC,
    INTERNATIONAL,
    UNKNOWN
}

package io.clearsky.core.warning;

import io.clearsky.core.indicator.Route;

/** How a call entered the operator's network. */
public enum CallRoute {
    /** From a domestic operator. */
    DOMESTIC,
    /** Through an international gateway: a domestic number presented on it is likely spoofed. */
    INTERNATIONAL_GATEWAY,
    /** From a VoIP platform or a SIM gateway (GoIP). */
    VOIP;

    /** The route as the indicator check reads it. */
    Route checkRoute() {
        return this == DOMESTIC ? Route.DOMESTIC : Route.INTERNATIONAL;
    }
}

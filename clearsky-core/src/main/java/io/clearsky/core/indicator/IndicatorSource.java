package io.clearsky.core.indicator;

/** Where knowledge of an indicator came from. */
public enum IndicatorSource {
    POLICE_LIST,
    PARTNER_DETECTION,
    CITIZEN_REPORT;

    int bit() {
        return 1 << ordinal();
    }
}

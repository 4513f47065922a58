package io.clearsky.simulator;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.ScamType;
import java.time.Instant;

/** A city anti-fraud centre verifying an identifier and putting it on its list (a row of its police list). */
public record Listing(Instant time, String centreCityCode, IndicatorKind kind, String value, ScamType scamType) {

    /** The header of a police list as ClearSky imports it ({@code POST /api/v1/imports}). */
    public static final String CSV_HEADER = "value,kind,scam_type,note\n";

    /** This listing as a row of such a list, with a note (no commas in the values, so nothing to quote). */
    public String csvRow(String note) {
        return value + ',' + kind + ',' + scamType + ',' + note + '\n';
    }
}

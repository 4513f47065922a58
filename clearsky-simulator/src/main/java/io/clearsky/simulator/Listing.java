package io.clearsky.simulator;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.ScamType;
import java.time.Instant;

/** A city anti-fraud centre verifying an identifier and putting it on its list (a row of its police list). */
public record Listing(Instant time, String centreCityCode, IndicatorKind kind, String value, ScamType scamType) {}

package io.clearsky.server.cases;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.region.RegionCode;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The loss, in yuan, at which linked reports make a case worth filing, for a region (and the divisions under it)
 * and a scam type; either may be left out to mean all. The most specific threshold that matches applies: a longer
 * region first, then a named scam type.
 */
public record FilingThreshold(
        @Nullable String region, @Nullable ScamType scamType, BigDecimal amount) {

    public FilingThreshold {
        if (region != null) {
            region = RegionCode.parse(region).code();
        }
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("a filing threshold is an amount of yuan, 0 or more");
        }
    }

    boolean matches(RegionCode where, ScamType type) {
        return (region == null || new RegionCode(region).covers(where)) && (scamType == null || scamType == type);
    }

    int specificity() {
        int byRegion = region == null ? 0 : new RegionCode(region).prefix().length();
        return byRegion * 2 + (scamType == null ? 0 : 1);
    }
}

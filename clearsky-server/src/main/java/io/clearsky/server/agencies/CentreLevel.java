package io.clearsky.server.agencies;

import io.clearsky.core.region.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * Where an anti-fraud centre sits in the hierarchy, read off its GB/T 2260 region: the ministry's national centre has
 * none, a province's code ends in 0000, a city's in 00, and a county's names a district or county.
 */
public enum CentreLevel {
    MINISTRY,
    PROVINCE,
    CITY,
    COUNTY;

    /** The level of a centre with this region; a centre without one is national. */
    public static CentreLevel of(@Nullable String regionCode) {
        if (regionCode == null) {
            return MINISTRY;
        }
        return switch (RegionCode.parse(regionCode).level()) {
            case PROVINCE -> PROVINCE;
            case CITY -> CITY;
            case COUNTY -> COUNTY;
        };
    }
}

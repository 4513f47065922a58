package io.clearsky.server.agencies;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to register an agency.
 *
 * @param regionCode a centre's GB/T 2260 jurisdiction; the ministry's national centre has none
 * @param partnerKind what a partner company does; required for a partner
 * @param level a centre's level: MINISTRY for the national centre (no region), otherwise read off the region and, if
 *     given, checked against it
 */
public record NewAgency(
        String code,
        AgencyKind kind,
        String nameZh,
        String nameEn,
        @Nullable String regionCode,
        @Nullable String warningZh,
        @Nullable String warningEn,
        @Nullable PartnerKind partnerKind,
        @Nullable CentreLevel level) {

    /** An agency whose level, if a centre, is read off its region. */
    public NewAgency(
            String code,
            AgencyKind kind,
            String nameZh,
            String nameEn,
            @Nullable String regionCode,
            @Nullable String warningZh,
            @Nullable String warningEn,
            @Nullable PartnerKind partnerKind) {
        this(code, kind, nameZh, nameEn, regionCode, warningZh, warningEn, partnerKind, null);
    }
}

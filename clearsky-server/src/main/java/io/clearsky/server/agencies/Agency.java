package io.clearsky.server.agencies;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.region.RegionCode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An anti-fraud centre or a partner company.
 *
 * @param level a centre's place in the hierarchy, read off its region (null for a partner)
 * @param partnerKind what a partner company does (null for a centre)
 * @param regionCode the GB/T 2260 six-digit administrative division code of a centre's jurisdiction
 * @param warningZh the centre's warning text in Chinese; {@code {agency}} and {@code {scamType}} are replaced
 * @param warningEn the same in English
 */
public record Agency(
        long id,
        String code,
        AgencyKind kind,
        @Nullable CentreLevel level,
        @Nullable PartnerKind partnerKind,
        String nameZh,
        String nameEn,
        @Nullable String regionCode,
        @Nullable String warningZh,
        @Nullable String warningEn,
        Instant createdAt) {

    static final String DEFAULT_WARNING_ZH = "{agency}提醒：此号码为涉诈号码，请勿接听、勿回拨、勿转账！";
    static final String DEFAULT_WARNING_EN =
            "{agency}: this number is used for fraud. Do not answer, call back or pay!";

    /** The warning a phone shows for an indicator this agency listed, in Chinese. */
    public String warningTextZh(@Nullable ScamType scamType) {
        return fill(
                warningZh == null ? DEFAULT_WARNING_ZH : warningZh, nameZh, scamType == null ? "" : scamType.nameZh());
    }

    /** The warning a phone shows for an indicator this agency listed, in English. */
    public String warningTextEn(@Nullable ScamType scamType) {
        return fill(
                warningEn == null ? DEFAULT_WARNING_EN : warningEn, nameEn, scamType == null ? "" : scamType.nameEn());
    }

    /**
     * Whether this agency oversees the other: itself, or a centre whose region lies inside this centre's (the ministry
     * oversees every centre). A partner oversees only itself.
     */
    public boolean oversees(Agency other) {
        if (other.id == id) {
            return true;
        }
        if (kind != AgencyKind.POLICE_CENTRE || other.kind != AgencyKind.POLICE_CENTRE) {
            return false;
        }
        if (regionCode == null) {
            return true;
        }
        if (other.regionCode == null) {
            return false;
        }
        try {
            return RegionCode.parse(regionCode).covers(RegionCode.parse(other.regionCode));
        } catch (IllegalArgumentException notARegion) {
            return false; // a code kept from before codes were checked oversees and is overseen by none
        }
    }

    private static String fill(String template, String agency, String scamType) {
        return template.replace("{agency}", agency).replace("{scamType}", scamType);
    }
}

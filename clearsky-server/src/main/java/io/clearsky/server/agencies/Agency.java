package io.clearsky.server.agencies;

import io.clearsky.core.indicator.ScamType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An anti-fraud centre or a partner company.
 *
 * @param regionCode the GB/T 2260 six-digit administrative division code of a centre's jurisdiction
 * @param warningZh the centre's warning text in Chinese; {@code {agency}} and {@code {scamType}} are replaced
 * @param warningEn the same in English
 */
public record Agency(
        long id,
        String code,
        AgencyKind kind,
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

    private static String fill(String template, String agency, String scamType) {
        return template.replace("{agency}", agency).replace("{scamType}", scamType);
    }
}

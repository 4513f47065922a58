package io.clearsky.core.indicator;

/** Why a check answered as it did; the server turns each into zh-CN and English text. */
public enum ReasonCode {
    NOT_LISTED,
    OFFICIAL_NUMBER,
    OFFICIAL_NUMBER_FROM_INTERNATIONAL_ROUTE,
    VERIFIED_BY_AGENCY,
    PARTNER_DETECTION,
    CITIZEN_REPORTS,
    LISTING_EXPIRED
}

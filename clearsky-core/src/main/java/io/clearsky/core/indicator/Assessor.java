package io.clearsky.core.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns an indicator's packed state into a verdict for one check. */
public final class Assessor {

    private Assessor() {}

    /**
     * Assesses one identifier.
     *
     * @param packedState the indicator's {@link IndicatorState#pack() packed state}, or 0 when it is not in the registry
     * @param route how the call or message arrived; an official number from an international route is a likely spoof
     * @param today the day of the check, in epoch days; a listing past its expiry day has lapsed
     */
    public static Assessment assess(long packedState, Route route, long today) {
        if (packedState == 0) {
            return Assessment.NOT_LISTED;
        }
        IndicatorStatus status = IndicatorState.status(packedState);
        ScamType scamType = IndicatorState.scamType(packedState);
        int agency = IndicatorState.agencyRef(packedState);
        int confidence = IndicatorState.confidence(packedState);
        if (status == IndicatorStatus.ALLOWLISTED) {
            if (route == Route.INTERNATIONAL) {
                return new Assessment(
                        Verdict.SPOOF_LIKELY,
                        null,
                        90,
                        agency,
                        List.of(Reason.of(ReasonCode.OFFICIAL_NUMBER_FROM_INTERNATIONAL_ROUTE)));
            }
            return new Assessment(
                    Verdict.ALLOWLISTED, null, 100, agency, List.of(Reason.of(ReasonCode.OFFICIAL_NUMBER)));
        }
        long expiry = IndicatorState.expiryDay(packedState);
        if (status == IndicatorStatus.EXPIRED || (expiry != 0 && expiry < today)) {
            LocalDate lapsed = expiry == 0 ? null : LocalDate.ofEpochDay(expiry);
            return new Assessment(
                    Verdict.UNKNOWN, scamType, 0, agency, List.of(new Reason(ReasonCode.LISTING_EXPIRED, 0, lapsed)));
        }
        List<Reason> reasons = new ArrayList<>(3);
        if (status == IndicatorStatus.VERIFIED) {
            reasons.add(Reason.of(ReasonCode.VERIFIED_BY_AGENCY));
        }
        if (IndicatorState.hasSource(packedState, IndicatorSource.PARTNER_DETECTION)) {
            reasons.add(Reason.of(ReasonCode.PARTNER_DETECTION));
        }
        int reports = IndicatorState.reportCount(packedState);
        if (reports > 0) {
            reasons.add(new Reason(ReasonCode.CITIZEN_REPORTS, reports, null));
        }
        Verdict verdict = switch (status) {
            case VERIFIED -> Verdict.FRAUD;
            case SUSPECTED -> Verdict.SUSPICIOUS;
            default -> Verdict.UNKNOWN;
        };
        return new Assessment(verdict, scamType, confidence, agency, reasons);
    }
}

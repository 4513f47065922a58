package io.clearsky.core.indicator;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of an indicator's lifecycle: when citizen reports make a number suspected, how confident each state
 * is, and how long a phone-number listing lives without being seen.
 *
 * @param reportsToSuspect independent citizen reports that make an indicator SUSPECTED
 * @param verifiedDays days a verified phone number stays listed after it was last seen
 * @param suspectedDays days a suspected phone number stays listed after it was last seen
 * @param reportedDays days a reported phone number stays listed after it was last seen
 */
public record ListingPolicy(int reportsToSuspect, int verifiedDays, int suspectedDays, int reportedDays) {

    /** Three reports to suspect; a verified number lives 180 days after its last sighting. */
    public static final ListingPolicy DEFAULT = new ListingPolicy(3, 180, 90, 30);

    public ListingPolicy {
        if (reportsToSuspect < 1) {
            throw new IllegalArgumentException("reportsToSuspect must be at least 1");
        }
        if (verifiedDays < 1 || suspectedDays < 1 || reportedDays < 1) {
            throw new IllegalArgumentException("listing lifetimes must be at least one day");
        }
    }

    /** The status that citizen reports alone earn. */
    public IndicatorStatus statusFromReports(int reports) {
        return reports >= reportsToSuspect ? IndicatorStatus.SUSPECTED : IndicatorStatus.REPORTED;
    }

    /** How confident the registry is in an indicator in this state. */
    public int confidence(IndicatorStatus status, Set<IndicatorSource> sources, int reports) {
        return switch (status) {
            case ALLOWLISTED -> 100;
            case VERIFIED -> sources.contains(IndicatorSource.POLICE_LIST) ? 95 : 90;
            case SUSPECTED ->
                Math.min(
                        85, (sources.contains(IndicatorSource.PARTNER_DETECTION) ? 60 : 50) + 5 * Math.max(0, reports));
            case REPORTED -> Math.min(45, 15 * Math.max(1, reports));
            case EXPIRED -> 0;
        };
    }

    /**
     * The day a phone-number listing lapses when last seen on {@code lastSeen}; null for statuses and kinds that do
     * not decay. Operators recycle numbers, so only phone numbers decay.
     */
    public @Nullable LocalDate expiry(boolean phoneNumber, IndicatorStatus status, LocalDate lastSeen) {
        if (!phoneNumber) {
            return null;
        }
        return switch (status) {
            case VERIFIED -> lastSeen.plusDays(verifiedDays);
            case SUSPECTED -> lastSeen.plusDays(suspectedDays);
            case REPORTED -> lastSeen.plusDays(reportedDays);
            case EXPIRED, ALLOWLISTED -> null;
        };
    }
}

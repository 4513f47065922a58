package io.clearsky.core.indicator;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One reason behind a verdict.
 *
 * @param code what the reason is
 * @param reports the number of independent citizen reports, for {@link ReasonCode#CITIZEN_REPORTS}
 * @param date the day a listing lapsed, for {@link ReasonCode#LISTING_EXPIRED}
 */
public record Reason(ReasonCode code, int reports, @Nullable LocalDate date) {

    public static Reason of(ReasonCode code) {
        return new Reason(code, 0, null);
    }
}

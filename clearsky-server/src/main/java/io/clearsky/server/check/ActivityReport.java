package io.clearsky.server.check;

import io.clearsky.core.identifier.IndicatorKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a centre's list achieved in a time window: how many it listed, how many were still active (sighted), how
 * many people they reached and how many warnings fired. People are counted with HyperLogLog sketches: exact for
 * small counts, within about 2% beyond a few thousand.
 *
 * @param agencyId the list's agency, null for all lists together
 */
public record ActivityReport(
        @Nullable Long agencyId,
        LocalDate from,
        LocalDate to,
        long listed,
        long active,
        long peopleReached,
        long hits,
        long warnings,
        List<Day> days,
        List<ActiveIndicator> indicators) {

    /** One day of the window. */
    public record Day(LocalDate day, long active, long hits, long warnings) {}

    /** One indicator seen in the window. */
    public record ActiveIndicator(
            long indicatorId,
            IndicatorKind kind,
            String value,
            long hits,
            long warnings,
            long people,
            Instant lastSeen) {}
}

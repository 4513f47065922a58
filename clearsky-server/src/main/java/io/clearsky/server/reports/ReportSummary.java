package io.clearsky.server.reports;

import io.clearsky.core.indicator.ScamType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A report as a page that draws many of them shows it (a cluster's graph): one of the caller's region in full, as lists
 * show it; another region's as no more than its scam type, the day it happened and its city, never its receipt number,
 * loss, narrative or anything of its reporter. Linkage shows a centre a cluster when one of its victims is in the
 * centre's region, so a cluster spanning two cities holds reports of both.
 *
 * @param occurredOn the day it happened, in China Standard Time
 * @param region the report's region code when it is the caller's region's; another region's report gives its city's
 *     four digits and {@code xx}, e.g. {@code 3501xx}
 * @param report the report as lists show it, masked the same way; null for another region's report
 */
public record ReportSummary(
        long id,
        ScamType scamType,
        LocalDate occurredOn,
        String region,
        @Nullable ReportView report) {

    /** Whether the caller may open the report: it is in the caller's region. */
    public boolean ownRegion() {
        return report != null;
    }
}

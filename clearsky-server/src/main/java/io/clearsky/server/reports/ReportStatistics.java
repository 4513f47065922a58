package io.clearsky.server.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reports, distinct victims and losses over a period, by scam type, by region and by month, with each scam type's
 * share. Losses are the yuan (CNY) amounts; reports in other currencies count as reports and victims only.
 */
public record ReportStatistics(
        LocalDate from,
        LocalDate to,
        @Nullable String region,
        Row total,
        List<Row> byScamType,
        List<Row> byRegion,
        List<Row> byMonth) {

    /**
     * One group.
     *
     * @param key the scam type code, the region code or the month ({@code 2026-11})
     * @param label the scam type's Chinese name, else null
     * @param reportShare this group's share of all reports in the period, 0 to 1
     * @param lossShare this group's share of all yuan lost in the period, 0 to 1
     */
    public record Row(
            String key,
            @Nullable String label,
            long reports,
            long victims,
            BigDecimal lossCny,
            double reportShare,
            double lossShare) {}
}

package io.clearsky.server.console.web;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.check.ActivityReport;
import io.clearsky.server.check.CheckManagement;
import io.clearsky.server.funds.FundsStatistics;
import io.clearsky.server.funds.Money;
import io.clearsky.server.funds.OrderKind;
import io.clearsky.server.funds.RecoveryManagement;
import io.clearsky.server.reports.ReportManagement;
import io.clearsky.server.reports.ReportStatistics;
import io.clearsky.server.warning.DissuasionManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures, read through the other modules' query APIs with the person's own rights: a figure the
 * person's role may not read is left out (null), not refused, so a caller sees the dissuasion figures and an analyst
 * everything but nothing breaks.
 */
@Component
class Dashboards {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int TREND_DAYS = 30;

    private final ReportManagement reports;
    private final CheckManagement checks;
    private final RecoveryManagement recoveries;
    private final DissuasionManagement dissuasion;
    private final AgencyManagement agencies;
    private final MessageSource messages;
    private final Clock clock;

    Dashboards(
            ReportManagement reports,
            CheckManagement checks,
            RecoveryManagement recoveries,
            DissuasionManagement dissuasion,
            AgencyManagement agencies,
            MessageSource messages,
            Clock clock) {
        this.reports = reports;
        this.checks = checks;
        this.recoveries = recoveries;
        this.dissuasion = dissuasion;
        this.agencies = agencies;
        this.messages = messages;
        this.clock = clock;
    }

    /** A region's row: its code, the centre that serves it (if one does), its reports and losses. */
    record RegionRow(
            String code,
            @Nullable String centreZh,
            @Nullable String centreEn,
            long reports,
            BigDecimal lossCny) {}

    /**
     * What the figure cards and tables show for a period; each part is null when the person may not read it.
     *
     * @param stopped money held by executed emergency stop-payments ordered in the period
     * @param frozen money held by executed freezes ordered in the period
     * @param outcomes closed dissuasion tasks by outcome
     */
    record Figures(
            String period,
            LocalDate from,
            LocalDate to,
            ReportStatistics.@Nullable Row reports,
            @Nullable ActivityReport activity,
            @Nullable BigDecimal stopped,
            @Nullable BigDecimal frozen,
            @Nullable Long tasks,
            @Nullable Map<String, Long> outcomes,
            @Nullable List<RegionRow> regions) {}

    Figures figures(Period period, Caller caller) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        LocalDate from = period.from(today);
        ReportStatistics statistics =
                caller.may(Permission.REPORTS_READ) ? reports.statistics(from, today, null, caller) : null;
        ActivityReport activity =
                caller.may(Permission.INDICATORS_READ) && (caller.seesAll() || caller.agencyId() != null)
                        ? checks.activity(null, from, today, caller)
                        : null;
        FundsStatistics funds =
                caller.may(Permission.TRACE) ? recoveries.statistics(from, today.plusDays(1), caller) : null;
        DissuasionManagement.Figures tasks = caller.may(Permission.DISSUASION_READ)
                ? dissuasion.figures(
                        from.atStartOfDay(CHINA).toOffsetDateTime().toString(),
                        today.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime().toString(),
                        caller)
                : null;
        return new Figures(
                period.code(),
                from,
                today,
                statistics == null ? null : statistics.total(),
                activity,
                funds == null ? null : executed(funds, OrderKind.STOP_PAYMENT),
                funds == null ? null : executed(funds, OrderKind.FREEZE),
                tasks == null ? null : tasks.tasks(),
                tasks == null ? null : tasks.byOutcome(),
                statistics == null ? null : regions(statistics));
    }

    /** The yuan an order kind's executed orders hold (other currencies are few and left to the funds pages). */
    private static BigDecimal executed(FundsStatistics funds, OrderKind kind) {
        return funds.orders().stream()
                .filter(o -> o.kind() == kind)
                .flatMap(o -> o.executedAmount().stream())
                .filter(m -> "CNY".equals(m.currency()))
                .map(Money::amount)
                .map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<RegionRow> regions(ReportStatistics statistics) {
        Map<String, Agency> centres = new HashMap<>();
        for (Agency agency : agencies.all()) {
            if (agency.kind() == AgencyKind.POLICE_CENTRE && agency.regionCode() != null) {
                centres.put(agency.regionCode(), agency);
            }
        }
        List<RegionRow> rows = new ArrayList<>();
        for (ReportStatistics.Row row : statistics.byRegion()) {
            Agency centre = servedBy(centres, row.key());
            rows.add(new RegionRow(
                    row.key(),
                    centre == null ? null : centre.nameZh(),
                    centre == null ? null : centre.nameEn(),
                    row.reports(),
                    row.lossCny()));
        }
        return rows;
    }

    /** The centre of the region, else of its city, else of its province (GB/T 2260 codes). */
    private static @Nullable Agency servedBy(Map<String, Agency> centres, String region) {
        if (region.length() != 6) {
            return centres.get(region);
        }
        for (String code : List.of(region, region.substring(0, 4) + "00", region.substring(0, 2) + "0000")) {
            Agency centre = centres.get(code);
            if (centre != null) {
                return centre;
            }
        }
        return null;
    }

    /** One day of the trend. */
    record Day(String day, long reports, BigDecimal lossCny) {}

    /** One scam type's slice of the month's reports. */
    record Share(String code, String name, long reports, BigDecimal lossCny) {}

    /**
     * The charts' data; the lists are empty when the person may not read reports.
     *
     * @param trendTitle the trend chart's title, in the page's language
     * @param sharesTitle the scam-type chart's title
     */
    record Charts(String trendTitle, String sharesTitle, String reportsLabel, List<Day> trend, List<Share> shares) {}

    Charts charts(Caller caller, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        List<Day> trend = new ArrayList<>();
        List<Share> shares = new ArrayList<>();
        if (caller.may(Permission.REPORTS_READ)) {
            LocalDate start = today.minusDays(TREND_DAYS - 1L);
            Map<String, ReportStatistics.Row> byDay = new HashMap<>();
            for (ReportStatistics.Row row : reports.daily(start, today, null, caller)) {
                byDay.put(row.key(), row);
            }
            for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
                ReportStatistics.Row row = byDay.get(day.toString());
                trend.add(new Day(
                        day.toString(),
                        row == null ? 0 : row.reports(),
                        row == null ? BigDecimal.ZERO : row.lossCny()));
            }
            for (ReportStatistics.Row row : reports.statistics(today.withDayOfMonth(1), today, null, caller)
                    .byScamType()) {
                shares.add(new Share(row.key(), typeName(row.key(), english), row.reports(), row.lossCny()));
            }
        }
        return new Charts(
                messages.getMessage("chart.trend", null, locale),
                messages.getMessage("chart.shares", null, locale),
                messages.getMessage("figure.reports", null, locale),
                trend,
                shares);
    }

    static String typeName(String code, boolean english) {
        try {
            ScamType type = ScamType.valueOf(code);
            return english ? type.nameEn() : type.nameZh();
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }
}

package io.clearsky.server.check.internal;

import io.clearsky.server.check.ActivityReport;
import io.clearsky.server.check.ActivityReport.ActiveIndicator;
import io.clearsky.server.check.ActivityReport.Day;
import io.clearsky.server.registry.RegistryManagement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds activity reports from the daily roll-ups: per-day sums and sketch unions for distinct people. */
@Component
public class ActivityReports {

    private final Sightings sightings;
    private final RegistryManagement registry;

    ActivityReports(Sightings sightings, RegistryManagement registry) {
        this.sightings = sightings;
        this.registry = registry;
    }

    public ActivityReport report(@Nullable Long agencyId, LocalDate from, LocalDate to, int top) {
        List<Sightings.DayRow> rows = sightings.window(agencyId, from, to);
        Union everyone = new Union(SightingRecorder.LG_K);
        Map<LocalDate, long[]> perDay = new LinkedHashMap<>();
        Map<LocalDate, Set<Long>> activePerDay = new LinkedHashMap<>();
        Map<Long, Acc> perIndicator = new LinkedHashMap<>();
        long hits = 0;
        long warnings = 0;
        for (Sightings.DayRow row : rows) {
            everyone.update(row.subscribers());
            hits += row.hits();
            warnings += row.warnings();
            long[] day = perDay.computeIfAbsent(row.day(), d -> new long[2]);
            day[0] += row.hits();
            day[1] += row.warnings();
            activePerDay.computeIfAbsent(row.day(), d -> new HashSet<>()).add(row.indicatorId());
            perIndicator.computeIfAbsent(row.indicatorId(), id -> new Acc(row)).add(row);
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to) && days.size() < 366; day = day.plusDays(1)) {
            long[] sums = perDay.getOrDefault(day, new long[2]);
            days.add(new Day(day, activePerDay.getOrDefault(day, Set.of()).size(), sums[0], sums[1]));
        }
        List<ActiveIndicator> indicators = perIndicator.values().stream()
                .map(Acc::toActive)
                .sorted(Comparator.comparingLong(ActiveIndicator::hits).reversed())
                .limit(top)
                .toList();
        return new ActivityReport(
                agencyId,
                from,
                to,
                registry.countListed(agencyId),
                perIndicator.size(),
                Math.round(everyone.getResult(TgtHllType.HLL_8).getEstimate()),
                hits,
                warnings,
                days,
                indicators);
    }

    private static final class Acc {
        final Sightings.DayRow first;
        final Union people = new Union(SightingRecorder.LG_K);
        long hits;
        long warnings;
        Instant last = Instant.MIN;

        Acc(Sightings.DayRow first) {
            this.first = first;
        }

        Acc add(Sightings.DayRow row) {
            hits += row.hits();
            warnings += row.warnings();
            people.update(row.subscribers());
            if (row.lastSeen().isAfter(last)) {
                last = row.lastSeen();
            }
            return this;
        }

        ActiveIndicator toActive() {
            return new ActiveIndicator(
                    first.indicatorId(),
                    first.kind(),
                    first.value(),
                    hits,
                    warnings,
                    Math.round(people.getResult(TgtHllType.HLL_8).getEstimate()),
                    last);
        }
    }
}

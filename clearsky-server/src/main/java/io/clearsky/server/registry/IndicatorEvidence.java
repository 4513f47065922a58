package io.clearsky.server.registry;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ScamType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the registry holds that named an indicator: its reports (citizens' through partner apps and the report
 * pages, and partners' detections), newest first, and how many came from each source. Who reported stays out: the
 * registry keeps only a pseudonym, and a centre judges the evidence, not the people.
 *
 * @param reports the newest reports, at most as many as asked for
 * @param bySource how many reports in all came from each source
 */
public record IndicatorEvidence(IndicatorView indicator, List<Report> reports, Map<IndicatorSource, Long> bySource) {

    /** All reports of the indicator, of every source. */
    public long reportTotal() {
        return bySource.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One report: where it came from, through which agency, what scam the reporter named, and when. */
    public record Report(
            IndicatorSource source,
            @Nullable Long agencyId,
            @Nullable ScamType scamType,
            Instant reportedAt) {}

    /** How many indicators of one kind a centre's list holds in one status. */
    public record Tally(IndicatorStatus status, IndicatorKind kind, long count) {}
}

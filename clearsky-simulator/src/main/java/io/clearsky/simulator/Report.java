package io.clearsky.simulator;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.ScamType;
import java.time.Instant;
import java.util.List;

/**
 * A citizen's scam report as they wrote it: days after the fact, with the scam type as they understood it, the loss
 * as they remember it and the identifiers as they noted them down — in any format, a digit wrong now and then, an
 * account half remembered. The ground truth says which gang it really belongs to.
 */
public record Report(
        String id,
        Instant time,
        String reporterPhone,
        String cityCode,
        ScamType scamType,
        long lossFen,
        List<Reported> identifiers,
        String description) {

    public Report {
        identifiers = List.copyOf(identifiers);
    }

    /** One identifier the reporter gave, raw as typed. */
    public record Reported(IndicatorKind kind, String value) {}
}

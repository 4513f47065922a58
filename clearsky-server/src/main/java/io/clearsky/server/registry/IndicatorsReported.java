package io.clearsky.server.registry;

import java.util.List;

/**
 * Citizens' reports filed together made these indicators new or moved their status (REPORTED to SUSPECTED): one
 * event per batch of reports rather than one per indicator. A report that only adds to an indicator's count is
 * recorded with its reporter in the indicator's reports, not announced.
 */
public record IndicatorsReported(List<IndicatorChanged> changes) {

    public IndicatorsReported {
        changes = List.copyOf(changes);
    }
}

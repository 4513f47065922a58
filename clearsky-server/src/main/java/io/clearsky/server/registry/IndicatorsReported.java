package io.clearsky.server.registry;

import java.util.ArrayList;
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

    /**
     * The changes in events of at most {@code budget} characters of event text each, in order; a change larger than
     * the budget goes alone. The size of a change is estimated from above (its identifier, actor and 200 characters
     * for the rest), as the publication registry keeps each event as text in a column of limited width on H2.
     */
    static List<IndicatorsReported> inParts(List<IndicatorChanged> changes, int budget) {
        List<IndicatorsReported> parts = new ArrayList<>();
        List<IndicatorChanged> part = new ArrayList<>();
        int size = 0;
        for (IndicatorChanged change : changes) {
            int cost = 200 + change.value().length() + change.actor().length();
            if (!part.isEmpty() && size + cost > budget) {
                parts.add(new IndicatorsReported(part));
                part = new ArrayList<>();
                size = 0;
            }
            part.add(change);
            size += cost;
        }
        if (!part.isEmpty()) {
            parts.add(new IndicatorsReported(part));
        }
        return parts;
    }
}

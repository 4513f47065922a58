package io.clearsky.server.warning;

import java.util.List;

/** What happens in the warning module: the hand-offs to its listeners and the records of the audit trail. */
public final class WarningEvents {

    private WarningEvents() {}

    /**
     * Rules decided on these events of one partner; the decisions are stored in the same transaction. Listeners
     * deliver them to the partner, raise dissuasion tasks and feed suspected subjects to the registry.
     *
     * @param decisionIds the new decisions when only some of the events' decisions are new (decisions from the Flink
     *     job on a transfer the server had answered); empty for all of them
     */
    public record DecisionsMade(long agencyId, List<String> eventIds, List<Long> decisionIds) {
        public DecisionsMade {
            eventIds = List.copyOf(eventIds);
            decisionIds = List.copyOf(decisionIds);
        }

        public DecisionsMade(long agencyId, List<String> eventIds) {
            this(agencyId, eventIds, List.of());
        }

        /** Whether a stored decision of these events is one this hand-off is about. */
        public boolean covers(long decisionId) {
            return decisionIds.isEmpty() || decisionIds.contains(decisionId);
        }
    }

    /** A partner's events were stored: with {@code engine=kafka} they go to the Flink job, in this order. */
    public record EventsAccepted(long agencyId, List<String> eventIds) {
        public EventsAccepted {
            eventIds = List.copyOf(eventIds);
        }
    }

    /** A partner's intake batch was stored. */
    public record EventsReceived(long agencyId, int accepted, int duplicates, int decisions, String actor) {}

    /** Another version of the rules runs from now on. */
    public record RulesChanged(int version, String name, String source, String actor) {}

    /** A dissuasion task was created, taken or closed with an outcome. */
    public record DissuasionTaskChanged(long taskId, long centreId, String action, String detail, String actor) {}
}

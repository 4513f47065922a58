package io.clearsky.server.warning;

import io.clearsky.core.warning.Decision;
import java.time.Instant;
import java.util.List;

/** What happens in the warning module: the hand-offs to its listeners and the records of the audit trail. */
public final class WarningEvents {

    private WarningEvents() {}

    /**
     * Rules decided on a partner's events, and the decisions were stored in the same transaction. Listeners deliver
     * them to the partner, raise dissuasion tasks and feed suspected subjects to the registry. The decisions travel
     * in the event, so no listener reads them back.
     *
     * @param decisions the new decisions, as stored: from the Flink job, only those the server had not made already
     */
    public record DecisionsMade(long agencyId, List<MadeDecision> decisions) {
        public DecisionsMade {
            decisions = List.copyOf(decisions);
        }
    }

    /** A decision as stored: its id, what the rule decided, and when it was stored. */
    public record MadeDecision(long id, Decision decision, Instant decidedAt) {}

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

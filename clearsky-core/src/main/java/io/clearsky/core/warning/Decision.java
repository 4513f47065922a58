package io.clearsky.core.warning;

import io.clearsky.core.indicator.ScamType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one rule decided on one event.
 *
 * @param eventId the event that fired the rule
 * @param at the event's time
 * @param ruleId the rule's stable id, e.g. {@code contact-then-new-payee}
 * @param rulesVersion the version of the rule file that decided
 * @param subjectKind what the decision is about
 * @param subject the subscriber's number, the calling number or the account
 * @param outcome what it asks for
 * @param dissuasion how urgently a caller must reach the subscriber, or null when no dissuasion task is due
 * @param scamType the scam the evidence points at, when known
 * @param reasons why, most important first
 * @param evidence the ids of the events that fired it, in time order, the deciding event last
 */
public record Decision(
        String eventId,
        Instant at,
        String ruleId,
        int rulesVersion,
        SubjectKind subjectKind,
        String subject,
        Outcome outcome,
        @Nullable Priority dissuasion,
        @Nullable ScamType scamType,
        List<RuleReason> reasons,
        List<String> evidence) {

    public Decision {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
    }

    /**
     * The answer to a transfer attempt from the decisions on it: the most severe transfer outcome, ALLOW when there
     * is none. A payer account found forwarding like a mule ({@code fast-forward}, SUSPECT) makes it REVIEW.
     */
    public static Outcome transferOutcome(List<Decision> decisions) {
        Outcome worst = Outcome.ALLOW;
        for (Decision decision : decisions) {
            Outcome outcome = decision.outcome == Outcome.SUSPECT && decision.ruleId.equals(RuleSet.FAST_FORWARD)
                    ? Outcome.REVIEW
                    : decision.outcome;
            if (outcome.isTransferOutcome() && outcome.compareTo(worst) > 0) {
                worst = outcome;
            }
        }
        return worst;
    }
}

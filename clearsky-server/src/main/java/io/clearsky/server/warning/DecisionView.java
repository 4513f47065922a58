package io.clearsky.server.warning;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.RuleReason;
import io.clearsky.core.warning.SubjectKind;
import io.clearsky.server.PersonalData;
import io.clearsky.server.bulletins.Tips;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A decision as partners and centres see it.
 *
 * @param id the stored decision's id; absent in a transfer check's answer, which is given before it is stored
 * @param eventId the partner's id of the event that fired the rule
 * @param at the event's time
 * @param subject the subscriber (a likely victim) masked, a calling number or a payee account in clear
 */
public record DecisionView(
        @Nullable Long id,
        String eventId,
        Instant at,
        String ruleId,
        int rulesVersion,
        String subjectKind,
        String subject,
        String outcome,
        @Nullable String dissuasion,
        @Nullable ScamTypeView scamType,
        List<RuleReason> reasons,
        List<String> evidence,
        @Nullable Instant decidedAt) {

    /** A scam type with its names and the path of its anti-fraud tip ({@code /api/v1/tips/FAKE_INVESTMENT}). */
    public record ScamTypeView(String code, String zh, String en, String tip) {

        private static final ScamTypeView[] VIEWS = Arrays.stream(ScamType.values())
                .map(t -> new ScamTypeView(t.name(), t.nameZh(), t.nameEn(), Tips.path(t)))
                .toArray(ScamTypeView[]::new);

        static @Nullable ScamTypeView of(@Nullable ScamType type) {
            return type == null ? null : VIEWS[type.ordinal()];
        }
    }

    /** A decision of the engine, stored under {@code id} (null when not stored yet). */
    public static DecisionView of(@Nullable Long id, Decision d, @Nullable Instant decidedAt) {
        return new DecisionView(
                id,
                d.eventId(),
                d.at(),
                d.ruleId(),
                d.rulesVersion(),
                d.subjectKind().name(),
                // a subscriber is a likely victim: masked for everyone, its own partner too (the eventId is its key)
                d.subjectKind() == SubjectKind.SUBSCRIBER ? PersonalData.account(d.subject()) : d.subject(),
                d.outcome().name(),
                d.dissuasion() == null ? null : d.dissuasion().name(),
                ScamTypeView.of(d.scamType()),
                d.reasons(),
                d.evidence(),
                decidedAt);
    }
}

package io.clearsky.server.warning.internal;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.Route;
import io.clearsky.core.indicator.Verdict;
import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.Outcome;
import io.clearsky.core.warning.SubjectKind;
import io.clearsky.server.AfterCommitListener;
import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Role;
import io.clearsky.server.registry.IndicatorLookup;
import io.clearsky.server.registry.RegistryManagement;
import io.clearsky.server.warning.WarningEvents.DecisionsMade;
import io.clearsky.server.warning.WarningEvents.MadeDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A SUSPECT decision (a number calling in bursts, an account forwarding like a mule) puts its subject on the registry
 * as SUSPECTED: a detection by the partner whose events showed it, the reporter being the decision
 * ({@code warning-decision:<id>}, whose reasons and evidence {@code GET /api/v1/warnings/{id}} shows). An official
 * number on the allowlist is never reported (the registry would refuse it too).
 */
@Component
class SuspicionReporter {

    private static final Logger log = LoggerFactory.getLogger(SuspicionReporter.class);

    private final RegistryManagement registry;
    private final IndicatorLookup lookup;

    SuspicionReporter(RegistryManagement registry, IndicatorLookup lookup) {
        this.registry = registry;
        this.lookup = lookup;
    }

    @AfterCommitListener
    void on(DecisionsMade made) {
        for (MadeDecision stored : made.decisions()) {
            Decision d = stored.decision();
            if (d.outcome() != Outcome.SUSPECT || d.subjectKind() == SubjectKind.SUBSCRIBER) {
                continue;
            }
            Identifier subject = new Identifier(kindOf(d), d.subject());
            if (lookup.assess(subject, Route.DOMESTIC).verdict() == Verdict.ALLOWLISTED) {
                log.info("Decision {} suspects the allowlisted {}; the registry is left alone", stored.id(), subject);
                continue;
            }
            String reporter = "warning-decision:" + stored.id();
            try {
                registry.report(
                        subject,
                        reporter,
                        IndicatorSource.PARTNER_DETECTION,
                        d.scamType(),
                        new Caller("warning:" + d.ruleId() + ":" + stored.id(), Role.PARTNER, made.agencyId()));
            } catch (ConflictException | InvalidInputException refused) {
                log.info("Registry refused {} from decision {}: {}", subject, stored.id(), refused.getMessage());
            }
        }
    }

    private static IndicatorKind kindOf(Decision d) {
        if (d.subjectKind() == SubjectKind.NUMBER) {
            return IndicatorKind.PHONE_NUMBER;
        }
        return d.subject().indexOf(':') >= 0 ? IndicatorKind.PAYMENT_ACCOUNT : IndicatorKind.BANK_CARD;
    }
}

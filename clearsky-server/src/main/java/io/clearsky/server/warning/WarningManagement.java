package io.clearsky.server.warning;

import io.clearsky.core.IsoTimes;
import io.clearsky.core.warning.Outcome;
import io.clearsky.server.AfterCommitListener;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.agencies.Role;
import io.clearsky.server.funds.WebhookManagement;
import io.clearsky.server.warning.WarningEvents.DecisionsMade;
import io.clearsky.server.warning.WarningEvents.MadeDecision;
import io.clearsky.server.warning.internal.Decisions;
import io.clearsky.server.warning.internal.Decisions.StoredDecision;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Warnings for partners: the decisions on a partner's own events, in its inbox and pushed to its webhook (the
 * funds module's signed partner webhook, event {@code warning.issued}). The inbox is the record; the webhook saves
 * polling. A delivery may come twice (after a crash between queueing and completing the hand-off): the decision's
 * {@code id} in the body tells a repeat.
 */
@Service
public class WarningManagement {

    static final String WEBHOOK_EVENT = "warning.issued";

    private final Decisions decisions;
    private final WebhookManagement webhooks;
    private final TransactionTemplate transactions;

    WarningManagement(Decisions decisions, WebhookManagement webhooks, TransactionTemplate transactions) {
        this.decisions = decisions;
        this.webhooks = webhooks;
        this.transactions = transactions;
    }

    /** One page of a list, with the total it was taken from. */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    /**
     * A partner's warnings, newest first, optionally of one outcome and decided since a moment; an admin sees every
     * partner's (or one's, with {@code agencyId}).
     */
    public Page<DecisionView> inbox(
            @Nullable String outcome,
            @Nullable String since,
            @Nullable Long agencyId,
            int page,
            int size,
            Caller caller) {
        caller.require(Permission.WARNINGS_READ);
        Long agency = caller.seesAll() ? agencyId : Long.valueOf(caller.requireAgency());
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", "must be 1 to 500");
        }
        Outcome wanted = null;
        if (outcome != null && !outcome.isBlank()) {
            try {
                wanted = Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("outcome", "one of WARN, REVIEW, HOLD, BLOCK, SUSPECT");
            }
        }
        Instant from = null;
        if (since != null && !since.isBlank()) {
            try {
                from = IsoTimes.instant(since.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("since", "a time with its offset, e.g. 2026-11-29T08:00:00+08:00");
            }
        }
        return new Page<>(
                decisions.page(agency, wanted, from, page, size).stream()
                        .map(WarningManagement::view)
                        .toList(),
                page,
                size,
                decisions.count(agency, wanted, from));
    }

    /** One decision: a partner's own, or any for a centre or an admin (its evidence backs a registry suspicion). */
    public DecisionView get(long id, Caller caller) {
        caller.require(Permission.WARNINGS_READ);
        StoredDecision d = decisions.find(id).orElseThrow(() -> new NotFoundException("warning", id));
        if (caller.role() == Role.PARTNER && !caller.mayActFor(d.agencyId())) {
            throw new NotFoundException("warning", id);
        }
        return view(d);
    }

    /** Queues each new decision for the partner's webhook, if it has one. */
    @AfterCommitListener
    void on(DecisionsMade made) {
        transactions.executeWithoutResult(tx -> {
            for (MadeDecision d : made.decisions()) {
                webhooks.enqueue(made.agencyId(), WEBHOOK_EVENT, view(d));
            }
        });
    }

    static DecisionView view(StoredDecision d) {
        return DecisionView.of(d.id(), d.decision(), d.decidedAt());
    }

    static DecisionView view(MadeDecision d) {
        return DecisionView.of(d.id(), d.decision(), d.decidedAt());
    }
}

package io.clearsky.server.funds;

import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.cases.CaseManagement;
import io.clearsky.server.funds.internal.Accounts;
import io.clearsky.server.funds.internal.FundOrder;
import io.clearsky.server.funds.internal.FundOrders;
import io.clearsky.server.funds.internal.GraphNames;
import io.clearsky.server.funds.internal.WebhookOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emergency stop-payment (紧急止付) and freeze (冻结) orders. A centre issues one with its legal document; it lands in
 * the inbox of the partner that holds the account (and on its webhook); the partner reports what it stopped or
 * froze. A stop-payment lapses after its term unless a freeze follows it; a freeze holds for its term and can be
 * extended or released. Every change is checked against the order's state, saved with a version check (so two
 * replicas never both execute it), written to the order's history, audited and announced in one transaction.
 */
@Service
public class OrderManagement {

    private static final int MAX_DOCUMENT = 128;

    private final FundOrders orders;
    private final Accounts accounts;
    private final TraceManagement traces;
    private final CaseManagement cases;
    private final WebhookOutbox webhooks;
    private final FundsSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OrderManagement(
            FundOrders orders,
            Accounts accounts,
            TraceManagement traces,
            CaseManagement cases,
            WebhookOutbox webhooks,
            FundsSettings settings,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.orders = orders;
        this.accounts = accounts;
        this.traces = traces;
        this.cases = cases;
        this.webhooks = webhooks;
        this.settings = settings;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** An issued order, and whether it was issued before under the same idempotency key. */
    public record Issued(OrderView order, boolean repeated) {}

    /** A centre issues an order; a retry under the same Idempotency-Key returns the first order. */
    public Issued issue(@Nullable OrderForm form, @Nullable String idempotencyKey, Caller caller) {
        caller.require(Permission.ORDERS_ISSUE);
        long agency = caller.requireAgency();
        if (form == null) {
            throw new InvalidInputException("body", "an order is required");
        }
        Checks.idempotencyKey(idempotencyKey);
        List<FieldProblem> problems = new ArrayList<>();
        OrderKind kind = null;
        try {
            kind = OrderKind.valueOf(String.valueOf(form.kind()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "STOP_PAYMENT or FREEZE"));
        }
        String document =
                form.legalDocument() == null ? "" : form.legalDocument().strip();
        if (document.isEmpty() || document.length() > MAX_DOCUMENT) {
            problems.add(new FieldProblem("legalDocument", "the legal document's reference, 1 to 128 characters"));
        }
        AccountRef account =
                AccountRef.read("account", "institution", form.account(), form.institution(), null, problems);
        if (account != null && GraphNames.isCash(account)) {
            problems.add(new FieldProblem(
                    "account", "a cash point (cash:…) is where money left in cash: nothing there to stop or freeze"));
        }
        String currency = "CNY";
        long amount = 0;
        try {
            currency = Money.currency("currency", form.currency());
            amount = Money.minor("amount", form.amount(), currency, false);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (kind == OrderKind.FREEZE && form.caseId() == null) {
            problems.add(new FieldProblem("caseId", "a freeze serves a case"));
        }
        if (kind == OrderKind.STOP_PAYMENT && form.followsOrderId() != null) {
            problems.add(new FieldProblem("followsOrderId", "only a freeze follows a stop-payment"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Long partner = traces.partnerOf(account);
        if (partner == null) {
            throw new InvalidInputException(
                    "institution", "no partner '" + account.institution() + "' on ClearSky to deliver the order to");
        }
        if (form.caseId() != null) {
            try {
                cases.get(form.caseId(), caller);
            } catch (NotFoundException e) {
                throw new InvalidInputException("caseId", "no case " + form.caseId() + " of your centre");
            }
        }
        OrderKind k = kind;
        long amt = amount;
        String cur = currency;
        String hash = Checks.hash(k, document, account, amt, cur, form.caseId(), form.followsOrderId());
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> {
                    if (idempotencyKey != null) {
                        Optional<FundOrders.Keyed> earlier = orders.findByKey(agency, idempotencyKey);
                        if (earlier.isPresent()) {
                            if (!earlier.get().requestHash().equals(hash)) {
                                throw new ConflictException(
                                        "Idempotency-Key " + idempotencyKey + " was used for another order");
                            }
                            return new Issued(
                                    view(orders.find(earlier.get().id()).orElseThrow(), true), true);
                        }
                    }
                    FundOrder follows = null;
                    if (form.followsOrderId() != null) {
                        follows = orders.find(form.followsOrderId())
                                .filter(o -> caller.mayActFor(o.agencyId()))
                                .orElseThrow(() -> new InvalidInputException(
                                        "followsOrderId", "no order " + form.followsOrderId() + " of your centre"));
                        if (follows.kind() != OrderKind.STOP_PAYMENT
                                || !follows.status().live()) {
                            throw new ConflictException("order " + follows.orderNo() + " is a " + follows.kind() + ", "
                                    + follows.status() + "; a freeze follows a live stop-payment");
                        }
                        if (follows.accountId() != accounts.find(account).orElse(-1L)) {
                            throw new InvalidInputException(
                                    "followsOrderId", "order " + follows.orderNo() + " is on another account");
                        }
                    }
                    Instant now = clock.instant();
                    long accountId = accounts.idsOf(List.of(account), now).get(account);
                    Duration term = k == OrderKind.STOP_PAYMENT ? settings.stopPaymentTerm() : settings.freezeTerm();
                    FundOrder order = orders.insert(new FundOrders.NewOrder(
                            k,
                            agency,
                            form.caseId(),
                            document,
                            accountId,
                            partner,
                            amt,
                            cur,
                            form.followsOrderId(),
                            caller.name(),
                            now,
                            now.plus(term),
                            idempotencyKey,
                            hash));
                    changed(
                            order,
                            "ISSUED",
                            Money.of(amt, cur).amount() + " " + cur + " on " + account + " under " + document,
                            caller.name(),
                            now);
                    return new Issued(view(order, true), false);
                });
            } catch (DuplicateKeyException concurrentRetry) {
                // the same key issued meanwhile, or the account added meanwhile: the next round finds them
                if (attempt == 3) {
                    throw concurrentRetry;
                }
            }
        }
    }

    /** An order the caller issued (its centre) or holds (its partner). */
    public OrderView get(long id, Caller caller) {
        return view(visible(id, caller), true);
    }

    /** A centre's orders, or a partner's inbox: the orders addressed to it. Newest first. */
    public Page<OrderView> page(
            @Nullable OrderStatus status, @Nullable Long caseId, int page, int size, Caller caller) {
        caller.require(Permission.ORDERS_READ);
        Page.check(page, size, 200);
        Checks.Scope scope = Checks.Scope.of(caller);
        return new Page<>(
                views(orders.page(scope.agencies(), scope.partnerId(), status, caseId, page, size)),
                page,
                size,
                orders.count(scope.agencies(), scope.partnerId(), status, caseId));
    }

    /**
     * The partner that holds the account reports what it stopped or froze (0 when the account held nothing, with a
     * note). Reporting the same again is answered with the order as it is; a different report is a 409.
     */
    public OrderView acknowledge(long id, @Nullable String executed, @Nullable String note, Caller caller) {
        caller.require(Permission.ORDERS_EXECUTE);
        long partner = caller.requireAgency();
        String remark = note == null || note.isBlank() ? null : note.strip();
        if (remark != null && remark.length() > 500) {
            throw new InvalidInputException("note", "at most 500 characters");
        }
        return change(id, caller, order -> {
            if (order.partnerId() != partner) {
                throw new NotFoundException("order", id);
            }
            long amount = Money.minor("executed", executed, order.currency(), true);
            Instant now = clock.instant();
            Duration term = order.kind() == OrderKind.STOP_PAYMENT ? settings.stopPaymentTerm() : settings.freezeTerm();
            if (!order.execute(amount, remark, caller.name(), now, term)) {
                return false;
            }
            changed(
                    order,
                    "EXECUTED",
                    Money.of(amount, order.currency()).amount() + " " + order.currency()
                            + (remark == null ? "" : ": " + remark),
                    caller.name(),
                    now);
            if (order.followsOrderId() != null) {
                FundOrder stop = orders.find(order.followsOrderId()).orElseThrow();
                if (stop.supersede(now)) {
                    orders.save(stop);
                    changed(stop, "SUPERSEDED", "by freeze " + order.orderNo(), caller.name(), now);
                }
            }
            return true;
        });
    }

    /** The issuing centre extends an executed freeze to a later end, under a legal document. */
    public OrderView extend(long id, @Nullable String until, @Nullable String legalDocument, Caller caller) {
        caller.require(Permission.ORDERS_ISSUE);
        if (until == null || until.isBlank()) {
            throw new InvalidInputException("until", "the new end, ISO-8601 with an offset");
        }
        Instant end = TraceManagement.time("until", until, clock.instant());
        String document = legalDocument == null ? "" : legalDocument.strip();
        if (document.isEmpty() || document.length() > MAX_DOCUMENT) {
            throw new InvalidInputException("legalDocument", "the extension's legal document, 1 to 128 characters");
        }
        return change(id, caller, order -> {
            owned(order, caller);
            Instant now = clock.instant();
            Instant before = order.expiresAt();
            if (!order.extend(end, now)) {
                return false;
            }
            changed(order, "EXTENDED", before + " -> " + end + " under " + document, caller.name(), now);
            return true;
        });
    }

    /** The issuing centre releases an order, or withdraws it before it is executed, saying why. */
    public OrderView release(long id, @Nullable String reason, Caller caller) {
        caller.require(Permission.ORDERS_ISSUE);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new InvalidInputException("reason", "why the order is released, 1 to 500 characters");
        }
        return change(id, caller, order -> {
            owned(order, caller);
            Instant now = clock.instant();
            if (!order.release(now)) {
                return false;
            }
            changed(order, "RELEASED", why, caller.name(), now);
            return true;
        });
    }

    /** Ends the terms that are over: stop-payments lapse, freezes expire. Returns how many ended. */
    @Scheduled(
            initialDelayString = "${clearsky.funds.term-check-millis:60000}",
            fixedDelayString = "${clearsky.funds.term-check-millis:60000}")
    public int endDueTerms() {
        int ended = 0;
        Instant now = clock.instant();
        for (FundOrder due : orders.due(now, 200)) {
            try {
                Boolean done = transactions.execute(tx -> {
                    FundOrder order = orders.find(due.id()).orElseThrow();
                    if (order.kind() == OrderKind.STOP_PAYMENT
                            && !orders.following(order.id()).isEmpty()) {
                        return false;
                    }
                    if (!order.endTerm(now)) {
                        return false;
                    }
                    orders.save(order);
                    changed(order, order.status().name(), "term ended " + order.expiresAt(), "clearsky", now);
                    return true;
                });
                if (Boolean.TRUE.equals(done)) {
                    ended++;
                }
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // another replica ended it, or its centre released it: nothing left to do
            }
        }
        return ended;
    }

    private interface Step {
        boolean apply(FundOrder order);
    }

    private OrderView change(long id, Caller caller, Step step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> {
                    FundOrder order = orders.find(id).orElseThrow(() -> new NotFoundException("order", id));
                    if (step.apply(order)) {
                        orders.save(order);
                    }
                    return view(order, true);
                });
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == 3) {
                    throw new ConflictException("order " + id + " is being changed by someone else; try again");
                }
            }
        }
    }

    private void changed(FundOrder order, String action, String detail, String actor, Instant now) {
        orders.log(order.id(), actor, action, order.status(), detail, now);
        events.publishEvent(new FundsEvents.OrderChanged(
                order.id(),
                order.orderNo(),
                order.kind(),
                action,
                order.status(),
                order.agencyId(),
                order.partnerId(),
                order.caseId(),
                detail,
                actor));
        webhooks.enqueue(order.partnerId(), "order." + action.toLowerCase(Locale.ROOT), view(order, false), now);
    }

    private FundOrder visible(long id, Caller caller) {
        caller.require(Permission.ORDERS_READ);
        FundOrder order = orders.find(id).orElseThrow(() -> new NotFoundException("order", id));
        if (!Checks.sees(caller, order.agencyId(), order.partnerId())) {
            throw new NotFoundException("order", id);
        }
        return order;
    }

    private static void owned(FundOrder order, Caller caller) {
        if (!caller.may(Permission.ORDERS_ISSUE) || !caller.mayActFor(order.agencyId())) {
            throw new NotFoundException("order", order.id());
        }
    }

    /** Orders without their histories, their accounts read in one go. */
    List<OrderView> views(List<FundOrder> list) {
        Map<Long, AccountRef> refs =
                accounts.refs(list.stream().map(FundOrder::accountId).toList());
        return list.stream().map(o -> view(o, refs.get(o.accountId()), false)).toList();
    }

    OrderView view(FundOrder o, boolean withHistory) {
        return view(o, accounts.refs(List.of(o.accountId())).get(o.accountId()), withHistory);
    }

    private OrderView view(FundOrder o, AccountRef account, boolean withHistory) {
        return new OrderView(
                o.id(),
                o.orderNo(),
                o.kind(),
                o.status(),
                o.agencyId(),
                o.caseId(),
                o.legalDocument(),
                account,
                o.partnerId(),
                Money.of(o.amountMinor(), o.currency()),
                o.executedMinor() == null ? null : Money.of(o.executedMinor(), o.currency()),
                o.followsOrderId(),
                o.issuedBy(),
                o.issuedAt(),
                o.expiresAt(),
                o.executedAt(),
                o.partnerNote(),
                o.closedAt(),
                withHistory
                        ? orders.history(o.id()).stream()
                                .map(c -> new OrderView.Change(c.at(), c.actor(), c.action(), c.status(), c.detail()))
                                .toList()
                        : null);
    }
}

package io.clearsky.server.funds;

import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.cases.CaseManagement;
import io.clearsky.server.funds.internal.AssistanceRequests;
import io.clearsky.server.funds.internal.FundOrder;
import io.clearsky.server.funds.internal.FundOrders;
import io.clearsky.server.funds.internal.Recoveries;
import io.clearsky.server.funds.internal.Recoveries.Recovery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Money returned to victims, recorded per case, and the figures of the money side: requests answered and how fast,
 * orders executed, money stopped, frozen and returned.
 */
@Service
public class RecoveryManagement {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Recoveries recoveries;
    private final FundOrders orders;
    private final AssistanceRequests requests;
    private final OrderManagement orderManagement;
    private final CaseManagement cases;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RecoveryManagement(
            Recoveries recoveries,
            FundOrders orders,
            AssistanceRequests requests,
            OrderManagement orderManagement,
            CaseManagement cases,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.recoveries = recoveries;
        this.orders = orders;
        this.requests = requests;
        this.orderManagement = orderManagement;
        this.cases = cases;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A recorded return, and whether it was recorded before under the same idempotency key. */
    public record Recorded(CaseFunds.Recovery recovery, boolean repeated) {}

    /**
     * Records money returned to a victim of a case (the case's centre). Returns from an order never add up to more
     * than it held; a retry under the same Idempotency-Key returns the first record.
     */
    public Recorded record(@Nullable RecoveryForm form, @Nullable String idempotencyKey, Caller caller) {
        caller.require(Permission.ORDERS_ISSUE);
        long agency = caller.requireAgency();
        if (form == null || form.caseId() == null) {
            throw new InvalidInputException("caseId", "the case the money was returned in");
        }
        Checks.idempotencyKey(idempotencyKey);
        owned(form.caseId(), caller);
        String currency = Money.currency("currency", form.currency());
        long amount = Money.minor("amount", form.amount(), currency, false);
        Instant returnedAt = TraceManagement.time("returnedAt", form.returnedAt(), clock.instant());
        if (returnedAt.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
            throw new InvalidInputException("returnedAt", "is in the future");
        }
        String receipt =
                form.victimReceiptNo() == null || form.victimReceiptNo().isBlank()
                        ? null
                        : form.victimReceiptNo().strip();
        if (receipt != null && receipt.length() > 24) {
            throw new InvalidInputException("victimReceiptNo", "a report's receipt number, at most 24 characters");
        }
        String note = form.note() == null || form.note().isBlank()
                ? null
                : form.note().strip();
        if (note != null && note.length() > 500) {
            throw new InvalidInputException("note", "at most 500 characters");
        }
        String hash = Checks.hash(form.caseId(), amount, currency, form.orderId(), receipt, returnedAt, note);
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> {
                    if (idempotencyKey != null) {
                        Optional<Recovery> earlier = recoveries.findByKey(agency, idempotencyKey);
                        if (earlier.isPresent()) {
                            if (!hash.equals(earlier.get().requestHash())) {
                                throw new ConflictException(
                                        "Idempotency-Key " + idempotencyKey + " was used for another return");
                            }
                            return new Recorded(view(earlier.get()), true);
                        }
                    }
                    if (form.orderId() != null) {
                        FundOrder order = orders.find(form.orderId())
                                .filter(o -> form.caseId().equals(o.caseId()))
                                .orElseThrow(() -> new InvalidInputException(
                                        "orderId", "no order " + form.orderId() + " of case " + form.caseId()));
                        if (!order.currency().equals(currency)) {
                            throw new InvalidInputException(
                                    "currency", "order " + order.orderNo() + " is in " + order.currency());
                        }
                        long held = order.executedMinor() == null ? 0 : order.executedMinor();
                        long returned = recoveries.returnedFrom(order.id());
                        if (returned + amount > held) {
                            throw new ConflictException("order " + order.orderNo() + " held "
                                    + Money.of(held, currency).amount() + " " + currency + " and "
                                    + Money.of(returned, currency).amount() + " of it was returned already");
                        }
                    }
                    Instant now = clock.instant();
                    Recovery recovery = new Recovery(
                            0,
                            form.caseId(),
                            form.orderId(),
                            agency,
                            amount,
                            currency,
                            receipt,
                            returnedAt,
                            caller.name(),
                            now,
                            note,
                            hash);
                    long id = recoveries.insert(recovery, idempotencyKey);
                    events.publishEvent(new FundsEvents.RecoveryRecorded(
                            id, form.caseId(), Money.of(amount, currency), form.orderId(), caller.name()));
                    return new Recorded(view(recoveries.find(id).orElseThrow()), false);
                });
            } catch (DuplicateKeyException concurrentRetry) {
                if (attempt == 3) {
                    throw concurrentRetry;
                }
            }
        }
    }

    /** A case's orders, what they stopped and froze, and what was returned (the case's centre). */
    public CaseFunds ofCase(long caseId, Caller caller) {
        owned(caseId, caller);
        List<FundOrder> caseOrders = orders.page(null, null, null, caseId, 0, 1000);
        Map<String, Long> stopped = new TreeMap<>();
        Map<String, Long> frozen = new TreeMap<>();
        for (FundOrder o : caseOrders) {
            if (o.executedMinor() != null) {
                (o.kind() == OrderKind.STOP_PAYMENT ? stopped : frozen)
                        .merge(o.currency(), o.executedMinor(), Long::sum);
            }
        }
        List<Recovery> returns = recoveries.ofCase(caseId);
        Map<String, Long> returned = new TreeMap<>();
        returns.forEach(r -> returned.merge(r.currency(), r.amountMinor(), Long::sum));
        return new CaseFunds(
                caseId,
                orderManagement.views(caseOrders),
                sums(stopped),
                sums(frozen),
                sums(returned),
                returns.stream().map(RecoveryManagement::view).toList());
    }

    /** The money side's figures over a period (default: this year); a centre sees its own, an admin all. */
    public FundsStatistics statistics(@Nullable LocalDate from, @Nullable LocalDate to, Caller caller) {
        caller.require(Permission.TRACE);
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today.plusDays(1) : to;
        if (!start.isBefore(end)) {
            throw new InvalidInputException("to", "must be after from");
        }
        Instant a = start.atStartOfDay(CHINA).toInstant();
        Instant b = end.atStartOfDay(CHINA).toInstant();
        java.util.Set<Long> agency = caller.visibleAgencies();
        Instant now = clock.instant();
        List<AssistanceRequests.Timing> timings = requests.timings(agency, a, b);
        List<Double> hours = new ArrayList<>();
        long answered = 0;
        long onTime = 0;
        long overdue = 0;
        for (AssistanceRequests.Timing t : timings) {
            if (t.answeredAt() != null) {
                answered++;
                if (!t.answeredAt().isAfter(t.deadline())) {
                    onTime++;
                }
                hours.add(Duration.between(t.requestedAt(), t.answeredAt()).toSeconds() / 3600.0);
            } else if (t.status() == AssistanceStatus.OPEN && now.isAfter(t.deadline())) {
                overdue++;
            }
        }
        hours.sort(Double::compare);
        FundsStatistics.Requests requestFigures = new FundsStatistics.Requests(
                timings.size(), answered, onTime, overdue, quantile(hours, 0.5), quantile(hours, 0.9));
        Map<OrderKind, long[]> counts = new TreeMap<>();
        Map<OrderKind, Map<String, Long>> amounts = new TreeMap<>();
        for (FundOrders.Tally t : orders.tally(agency, a, b)) {
            long[] c = counts.computeIfAbsent(t.kind(), k -> new long[2]);
            c[0] += t.issued();
            c[1] += t.executed();
            amounts.computeIfAbsent(t.kind(), k -> new TreeMap<>()).merge(t.currency(), t.executedMinor(), Long::sum);
        }
        List<FundsStatistics.Orders> orderFigures = new ArrayList<>();
        for (OrderKind kind : OrderKind.values()) {
            long[] c = counts.getOrDefault(kind, new long[2]);
            orderFigures.add(new FundsStatistics.Orders(kind, c[0], c[1], sums(amounts.getOrDefault(kind, Map.of()))));
        }
        List<Recovery> returns = recoveries.between(agency, a, b);
        Map<String, Long> returned = new TreeMap<>();
        returns.forEach(r -> returned.merge(r.currency(), r.amountMinor(), Long::sum));
        return new FundsStatistics(start, end, requestFigures, orderFigures, sums(returned), returns.size());
    }

    private static @Nullable Double quantile(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            return null;
        }
        int index = (int) Math.ceil(q * sorted.size()) - 1;
        double value = sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        return Math.round(value * 100) / 100.0;
    }

    private void owned(long caseId, Caller caller) {
        caller.require(Permission.CASES_READ);
        try {
            cases.get(caseId, caller);
        } catch (NotFoundException e) {
            throw new NotFoundException("case", caseId);
        }
    }

    private static List<Money> sums(Map<String, Long> byCurrency) {
        return byCurrency.entrySet().stream()
                .map(e -> Money.of(e.getValue(), e.getKey()))
                .toList();
    }

    private static CaseFunds.Recovery view(Recovery r) {
        return new CaseFunds.Recovery(
                r.id(),
                Money.of(r.amountMinor(), r.currency()),
                r.orderId(),
                r.victimReceiptNo(),
                r.returnedAt(),
                r.recordedBy(),
                r.note());
    }
}

package io.clearsky.server.funds;

import io.clearsky.core.IsoTimes;
import io.clearsky.core.funds.Apportionment;
import io.clearsky.core.funds.FundTracer;
import io.clearsky.core.funds.Trace;
import io.clearsky.core.funds.TraceSettings;
import io.clearsky.core.funds.TransferView;
import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.funds.internal.Accounts;
import io.clearsky.server.funds.internal.Accounts.Balance;
import io.clearsky.server.funds.internal.GraphNames;
import io.clearsky.server.funds.internal.LiveTransfers;
import io.clearsky.server.funds.internal.TraceGraphs;
import io.clearsky.server.funds.internal.TraceGraphs.Loaded;
import io.clearsky.server.funds.internal.Transfers;
import io.clearsky.server.funds.internal.Transfers.StoredTransfer;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Fund-flow traces on the transfers on record: forward from a victim's payment to the freeze plan, and backward from
 * a mule account to who funded it. The algorithm is core's {@link FundTracer}; this runs it on the in-memory graph
 * ({@link LiveTransfers}, with {@code clearsky.funds.trace-graph=memory}, once loaded) or on the part of the graph a
 * trace needs read from the database ({@link TraceGraphs}), and names accounts and partners. Both give the same
 * amounts on the same transfers, with two differences (docs/funds.md): the in-memory trace has no account limit (it
 * is never truncated), and an account's last activity, which decides whether a reported balance is current, counts
 * all its transfers in memory but only those read from the database otherwise.
 */
@Service
public class TraceManagement {

    /** Where a trace reads the graph. */
    enum Source {
        /** The database, by rounds. */
        DATABASE,
        /** The in-memory graph if it is loaded, following and holds the trace's start; else the database. */
        MEMORY_IF_READY,
        /** The in-memory graph, or fail: for tests that compare the two. */
        MEMORY
    }

    private final Transfers transfers;
    private final Accounts accounts;
    private final TraceGraphs graphs;
    private final LiveTransfers live;
    private final AgencyManagement agencies;
    private final Payers payers;
    private final FundsSettings settings;
    private final Clock clock;

    TraceManagement(
            Transfers transfers,
            Accounts accounts,
            TraceGraphs graphs,
            LiveTransfers live,
            AgencyManagement agencies,
            Payers payers,
            FundsSettings settings,
            Clock clock) {
        this.transfers = transfers;
        this.accounts = accounts;
        this.graphs = graphs;
        this.live = live;
        this.agencies = agencies;
        this.payers = payers;
        this.settings = settings;
        this.clock = clock;
    }

    /** Traces a victim's money forward in time (centres). */
    public TraceView trace(@Nullable TraceRequest request, Caller caller) {
        return trace(request, caller, Source.MEMORY_IF_READY);
    }

    TraceView trace(@Nullable TraceRequest request, Caller caller, Source source) {
        caller.require(Permission.TRACE);
        if (request == null) {
            throw new InvalidInputException("body", "a transfer (partner, transferId) or an account to trace from");
        }
        Instant until = time("until", request.until(), clock.instant());
        TraceSettings how = settings(request.apportionment(), request.maxDepth(), request.maxFanOut(), until);
        if (request.transferId() != null && !request.transferId().isBlank()) {
            return fromTransfer(request, how, until, source);
        }
        if (request.account() != null && !request.account().isBlank()) {
            return fromAccount(request, how, until, source);
        }
        throw new InvalidInputException(
                "transferId", "name the victim's transfer (partner, transferId) or an account (account, at, amount)");
    }

    /** A trace's result with what naming it needs: the result is the same whichever graph it ran on. */
    private record Traced(
            Trace trace, Map<Long, StoredTransfer> transfers, Map<Long, Instant> lastActivity, boolean truncated) {

        static Traced of(Trace trace, Loaded loaded) {
            return new Traced(trace, loaded.transfers(), loaded.lastActivity(), loaded.truncated());
        }
    }

    /**
     * Runs a trace on the in-memory graph of the currency if the source allows and the graph can answer ({@code
     * trace} returns null when the graph does not hold the trace's start yet); empty if the database must answer.
     */
    private Optional<Traced> inMemory(
            Source source, String currency, Instant until, Function<TransferView, @Nullable Trace> trace) {
        if (source == Source.DATABASE) {
            return Optional.empty();
        }
        Optional<Traced> traced = live.read(currency, view -> {
            Trace t = trace.apply(view);
            if (t == null) {
                return null;
            }
            Set<String> names = new HashSet<>();
            t.accounts().forEach(a -> names.add(a.account()));
            // the map is keyed by transfer id; filled from the database below, outside the graph's lock
            return new Traced(t, Map.of(), LiveTransfers.lastActivity(view, names, until.toEpochMilli()), false);
        });
        if (traced.isEmpty() && source == Source.MEMORY) {
            throw new IllegalStateException("the in-memory transfer graph cannot answer this trace (yet)");
        }
        return traced.map(t -> new Traced(
                t.trace(),
                transfers.findAll(t.trace().transfers().stream()
                        .map(Trace.Transfer::reference)
                        .toList()),
                t.lastActivity(),
                false));
    }

    private TraceView fromTransfer(TraceRequest request, TraceSettings how, Instant until, Source source) {
        if (request.partner() == null || request.partner().isBlank()) {
            throw new InvalidInputException("partner", "the code of the partner that sent the transfer");
        }
        Agency partner = agencies.findByCode(request.partner().strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException("partner", "no partner '" + request.partner() + "'"));
        String reference = request.transferId().strip();
        StoredTransfer seed =
                transfers.findByReferences(partner.id(), List.of(reference)).get(reference);
        if (seed == null) {
            throw new NotFoundException("transfer " + reference + " of " + partner.code() + " is not on record");
        }
        if (seed.status() != TransferStatus.SUCCEEDED) {
            throw new ConflictException("transfer " + reference + " is " + seed.status() + ": no money moved");
        }
        if (seed.occurredAt().isAfter(until)) {
            throw new InvalidInputException("until", "is before the transfer, at " + seed.occurredAt());
        }
        Traced traced = inMemory(source, seed.currency(), until, view -> {
                    OptionalInt held = view.transferByReference(seed.id());
                    // not followed yet, or reversed since it was read: the database answers
                    return held.isPresent() && view.amount(held.getAsInt()) > 0
                            ? FundTracer.fromTransfer(view, seed.id(), how)
                            : null;
                })
                .orElseGet(() -> {
                    Loaded loaded = graphs.close(
                            List.of(seed.payeeId()),
                            List.of(seed),
                            seed.currency(),
                            until,
                            settings.hubMinTransfers(),
                            settings.traceMaxAccounts(),
                            graph -> names(FundTracer.fromTransfer(graph, seed.id(), how)));
                    return Traced.of(FundTracer.fromTransfer(loaded.graph(), seed.id(), how), loaded);
                });
        AccountRef payee = accounts.refs(List.of(seed.payeeId())).get(seed.payeeId());
        return view(
                "transfer " + reference + " of " + partner.code() + " to " + payee + " at " + seed.occurredAt(),
                traced,
                seed.currency(),
                how,
                until);
    }

    private TraceView fromAccount(TraceRequest request, TraceSettings how, Instant until, Source source) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        AccountRef ref =
                AccountRef.read("account", "institution", request.account(), request.institution(), null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (request.at() == null || request.at().isBlank()) {
            throw new InvalidInputException("at", "when the money reached the account, ISO-8601 with an offset");
        }
        Instant at = time("at", request.at(), clock.instant());
        if (at.isAfter(until)) {
            throw new InvalidInputException("until", "is before the money arrived");
        }
        String currency = Money.currency("currency", request.currency());
        long amount = Money.minor("amount", request.amount(), currency, false);
        long id = accounts.find(ref).orElseThrow(() -> new NotFoundException("no transfer on record touches " + ref));
        String name = GraphNames.name(id, GraphNames.isCash(ref));
        Traced traced = inMemory(
                        source,
                        currency,
                        until,
                        view -> view.account(name).isPresent()
                                ? FundTracer.fromAccount(view, name, at.toEpochMilli(), amount, how)
                                : null)
                .orElseGet(() -> {
                    Loaded loaded = graphs.close(
                            List.of(id),
                            List.of(),
                            currency,
                            until,
                            settings.hubMinTransfers(),
                            settings.traceMaxAccounts(),
                            graph -> graph.account(name).isPresent()
                                    ? names(FundTracer.fromAccount(graph, name, at.toEpochMilli(), amount, how))
                                    : List.of());
                    if (loaded.graph().account(name).isEmpty()) {
                        throw new NotFoundException("no settled " + currency + " transfer of " + ref + " is on record");
                    }
                    return Traced.of(
                            FundTracer.fromAccount(loaded.graph(), name, at.toEpochMilli(), amount, how), loaded);
                });
        return view(
                Money.of(amount, currency).amount() + " " + currency + " that reached " + ref + " at " + at,
                traced,
                currency,
                how,
                until);
    }

    /**
     * Who funded an account before a moment, level by level (centres). The funders are payers, victims as often as
     * not: masked, or in clear with a {@code reason} (see {@link Payers}).
     */
    public FunderView funders(
            AccountRef account,
            @Nullable String before,
            @Nullable String currency,
            @Nullable Integer maxDepth,
            @Nullable String reason,
            Caller caller) {
        return funders(account, before, currency, maxDepth, reason, caller, Source.MEMORY_IF_READY);
    }

    FunderView funders(
            AccountRef account,
            @Nullable String before,
            @Nullable String currency,
            @Nullable Integer maxDepth,
            @Nullable String reason,
            Caller caller,
            Source source) {
        caller.require(Permission.TRACE);
        String why = Payers.reason(reason, caller);
        Instant until = time("before", before, clock.instant());
        String code = Money.currency("currency", currency);
        TraceSettings how = settings(null, maxDepth == null ? 3 : maxDepth, null, until);
        long id = accounts.find(account)
                .orElseThrow(() -> new NotFoundException("no transfer on record touches " + account));
        String name = GraphNames.name(id, GraphNames.isCash(account));
        Optional<List<FundTracer.Funder>> fromMemory = source == Source.DATABASE
                ? Optional.empty()
                : live.read(
                        code,
                        view -> view.account(name).isPresent()
                                ? FundTracer.funders(view, name, until.toEpochMilli(), how)
                                : null);
        if (fromMemory.isEmpty() && source == Source.MEMORY) {
            throw new IllegalStateException("the in-memory transfer graph cannot answer this search (yet)");
        }
        boolean truncated = false;
        List<FundTracer.Funder> found;
        if (fromMemory.isPresent()) {
            found = fromMemory.get();
        } else {
            Loaded loaded = graphs.close(
                    List.of(id),
                    List.of(),
                    code,
                    until,
                    settings.hubMinTransfers(),
                    settings.traceMaxAccounts(),
                    graph -> graph.account(name).isPresent()
                            ? FundTracer.funders(graph, name, until.toEpochMilli(), how).stream()
                                    .filter(f -> !f.hub())
                                    .map(FundTracer.Funder::account)
                                    .toList()
                            : List.of());
            if (loaded.graph().account(name).isEmpty()) {
                return new FunderView(account, false, List.of());
            }
            truncated = loaded.truncated();
            found = FundTracer.funders(loaded.graph(), name, until.toEpochMilli(), how);
        }
        Map<Long, AccountRef> refs = accounts.refs(
                found.stream().map(f -> GraphNames.id(f.account())).toList());
        if (why != null) {
            payers.revealed("account-funders", account.toString(), caller, why);
        }
        return new FunderView(
                account,
                truncated,
                found.stream()
                        .map(f -> new FunderView.Funder(
                                Payers.shown(refs.get(GraphNames.id(f.account())), why),
                                f.level(),
                                Money.of(f.paidFen(), code),
                                f.hub()))
                        .toList());
    }

    private TraceView view(String start, Traced traced, String currency, TraceSettings how, Instant until) {
        Trace trace = traced.trace();
        Set<Long> ids = new HashSet<>();
        trace.accounts().forEach(a -> ids.add(GraphNames.id(a.account())));
        trace.transfers().forEach(t -> {
            ids.add(GraphNames.id(t.from()));
            ids.add(GraphNames.id(t.to()));
        });
        Map<Long, AccountRef> refs = accounts.refs(ids);
        Map<Long, Balance> balances = accounts.latestBalances(ids, until);
        List<TraceView.Account> accountViews = new ArrayList<>();
        Map<Long, Long> freezable = new HashMap<>();
        for (Trace.Account a : trace.accounts()) {
            long id = GraphNames.id(a.account());
            Balance balance = balances.get(id);
            Instant last = traced.lastActivity().getOrDefault(id, Instant.MIN);
            // a balance reported before the account's last transfer says nothing about what is in it now
            if (balance != null
                    && (balance.asOf().isBefore(last)
                            || !balance.balance().currency().equals(currency))) {
                balance = null;
            }
            accountViews.add(new TraceView.Account(
                    refs.get(id),
                    a.level(),
                    Money.of(a.receivedFen(), currency),
                    Money.of(a.forwardedFen(), currency),
                    Money.of(a.untracedFen(), currency),
                    Money.of(a.residualFen(), currency),
                    a.hub(),
                    a.cash(),
                    Money.of(a.withdrawnFen(), currency),
                    balance == null ? null : balance.balance(),
                    balance == null ? null : balance.asOf()));
            if (!a.hub() && !a.cash() && a.residualFen() > 0) {
                freezable.put(
                        id,
                        balance == null
                                ? a.residualFen()
                                : Math.min(a.residualFen(), balance.balance().minor()));
            }
        }
        Map<Long, String> partnerCodes = new HashMap<>();
        // an account that paid in but that the traced money never reached is where it started: the victim's own,
        // personal data, masked; the accounts it reached are suspects' and stay in clear for the freeze plan
        Set<Long> reached = new HashSet<>();
        trace.accounts().forEach(a -> reached.add(GraphNames.id(a.account())));
        List<TraceView.Transfer> transferViews = trace.transfers().stream()
                .map(t -> {
                    StoredTransfer stored = traced.transfers().get(t.reference());
                    AccountRef payer = refs.get(stored.payerId());
                    return new TraceView.Transfer(
                            stored.id(),
                            partnerCodes.computeIfAbsent(
                                    stored.partnerId(), p -> agencies.get(p).code()),
                            stored.reference(),
                            reached.contains(stored.payerId()) ? payer : payer.masked(),
                            refs.get(stored.payeeId()),
                            stored.occurredAt(),
                            Money.of(t.amountFen(), currency),
                            Money.of(t.tracedFen(), currency),
                            t.followed());
                })
                .toList();
        List<TraceView.FreezeTarget> plan = trace.freezePlan().stream()
                .map(a -> {
                    long id = GraphNames.id(a.account());
                    AccountRef ref = refs.get(id);
                    return new TraceView.FreezeTarget(
                            ref, a.level(), Money.of(freezable.getOrDefault(id, 0L), currency), partnerOf(ref));
                })
                .filter(f -> f.amount().minor() > 0)
                .sorted(java.util.Comparator.comparingLong(
                                (TraceView.FreezeTarget f) -> f.amount().minor())
                        .reversed()
                        .thenComparing(f -> f.account().toString()))
                .toList();
        return new TraceView(
                start,
                Money.of(trace.tracedFen(), currency),
                how.apportionment(),
                trace.depth(),
                traced.truncated(),
                accountViews,
                transferViews,
                plan,
                Money.of(plan.stream().mapToLong(f -> f.amount().minor()).sum(), currency),
                Money.of(trace.withdrawnFen(), currency));
    }

    /** The partner on ClearSky that holds accounts of an institution, if there is one. */
    @Nullable
    Long partnerOf(AccountRef account) {
        Optional<Agency> agency = agencies.findByCode(account.institution());
        return agency.filter(a -> a.kind() == AgencyKind.PARTNER)
                .map(Agency::id)
                .orElse(null);
    }

    private static List<String> names(Trace trace) {
        return trace.accounts().stream().map(Trace.Account::account).toList();
    }

    private TraceSettings settings(
            @Nullable String apportionment, @Nullable Integer maxDepth, @Nullable Integer maxFanOut, Instant until) {
        Apportionment method = Apportionment.FIFO;
        if (apportionment != null && !apportionment.isBlank()) {
            try {
                method = Apportionment.valueOf(apportionment.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("apportionment", "FIFO or PROPORTIONAL");
            }
        }
        int depth = maxDepth == null ? TraceSettings.DEFAULT.maxDepth() : maxDepth;
        if (depth < 1 || depth > 10) {
            throw new InvalidInputException("maxDepth", "1 to 10");
        }
        int fanOut = maxFanOut == null ? TraceSettings.DEFAULT.maxFanOut() : maxFanOut;
        if (fanOut < 1 || fanOut > 500) {
            throw new InvalidInputException("maxFanOut", "1 to 500");
        }
        return new TraceSettings(method, depth, fanOut, settings.hubMinTransfers(), until.toEpochMilli());
    }

    static Instant time(String field, @Nullable String text, Instant otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return IsoTimes.instant(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "not an ISO-8601 time with an offset: '" + text + "'");
        }
    }
}

package io.clearsky.server.funds;

import io.clearsky.core.funds.MuleDetector;
import io.clearsky.core.funds.MuleFlag;
import io.clearsky.core.funds.MuleSettings;
import io.clearsky.core.funds.TransferGraph;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.funds.internal.Accounts;
import io.clearsky.server.funds.internal.GraphNames;
import io.clearsky.server.funds.internal.Transfers;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Mule detection on the transfers on record (centres): reads the settled transfers of a window, runs core's {@link
 * MuleDetector} over them (cash points, accounts numbered {@code cash:…}, named so that it knows them: see {@link
 * GraphNames}), and names the flagged accounts, their counterparties and the partners that hold them.
 */
@Service
public class MuleManagement {

    // How: the window's transfers are streamed from the database straight into a TransferGraph (ids and numbers,
    // about 40 bytes a transfer), never held as rows; then the look-back before it, latest first, into the same
    // graph, so that the detector knows who dealt with whom before the window. The window, the look-back and the
    // number of transfers of both together are bounded by FundsSettings so one request cannot take the server's
    // memory: the window must fit, the look-back takes what room is left, newest first, and says how far it got. The
    // detection runs for each page asked: it takes about half a second per million transfers (MuleDetectorBenchmark,
    // docs/benchmarks.md), and caching it would serve stale flags as transfers arrive.

    private static final int MAX_PAGE = 100;
    private static final int MAX_MIN_PAYERS = 20;
    private static final Duration MIN_DELAY = Duration.ofMinutes(1);
    private static final Duration MAX_DELAY = Duration.ofDays(1);

    private final Transfers transfers;
    private final Accounts accounts;
    private final AgencyManagement agencies;
    private final Payers payers;
    private final FundsSettings settings;
    private final java.time.Clock clock;

    MuleManagement(
            Transfers transfers,
            Accounts accounts,
            AgencyManagement agencies,
            Payers payers,
            FundsSettings settings,
            java.time.Clock clock) {
        this.transfers = transfers;
        this.accounts = accounts;
        this.agencies = agencies;
        this.payers = payers;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The suspected mule accounts among the settled transfers from {@code from} (inclusive, default a day before
     * {@code to}) to {@code to} (exclusive, default now), one page of them, most suspicious first. The look-back
     * period before {@code from} is read as history only. The payers of the payments listed are victims as often as
     * not: masked, or in clear with a {@code reason} (see {@link Payers}); the mules and whom they paid stay in clear.
     */
    public MuleView mules(MuleSearch search, int page, int size, @Nullable String reason, Caller caller) {
        caller.require(Permission.TRACE);
        String why = Payers.reason(reason, caller);
        Page.check(page, size, MAX_PAGE);
        // whole milliseconds, as the transfer graph keeps time: the window's first transfer is then exactly the first
        // one the detector examines
        Instant end = TraceManagement.time("to", search.to(), clock.instant()).truncatedTo(ChronoUnit.MILLIS);
        Instant start = TraceManagement.time("from", search.from(), end.minus(Duration.ofDays(1)))
                .truncatedTo(ChronoUnit.MILLIS);
        if (!start.isBefore(end)) {
            throw new InvalidInputException("from", "must be before to (" + end + ")");
        }
        if (Duration.between(start, end).compareTo(settings.muleMaxWindow()) > 0) {
            throw new InvalidInputException(
                    "from",
                    "the window from..to is at most " + settings.muleMaxWindow().toDays() + " days");
        }
        String code = Money.currency("currency", search.currency());
        MuleSettings rule = rule(search);
        TransferGraph.Builder builder = TransferGraph.builder();
        NamedRows named = new NamedRows(builder);
        int read = transfers.settledBetween(start, end, code, settings.muleMaxTransfers() + 1, named);
        named.flush();
        if (read > settings.muleMaxTransfers()) {
            throw new InvalidInputException(
                    "from",
                    "the window holds more than " + settings.muleMaxTransfers()
                            + " settled transfers: narrow it (from, to)");
        }
        MuleView.History history = history(named, start, code, settings.muleMaxTransfers() - read);
        List<MuleFlag> flags = MuleDetector.detect(builder.build(), start.toEpochMilli(), rule);
        int first = (int) Math.min(flags.size(), (long) page * size);
        List<MuleFlag> shown = flags.subList(first, (int) Math.min(flags.size(), (long) first + size));
        Set<Long> ids = new HashSet<>();
        for (MuleFlag f : shown) {
            ids.add(GraphNames.id(f.account()));
            f.payments().forEach(p -> ids.add(GraphNames.id(p.payer())));
            f.forwards().forEach(w -> ids.add(GraphNames.id(w.payee())));
        }
        Map<Long, AccountRef> refs = accounts.refs(ids);
        Map<String, @Nullable String> partners = new HashMap<>();
        List<MuleView.Mule> mules = shown.stream()
                .map(f -> {
                    AccountRef account = refs.get(GraphNames.id(f.account()));
                    return new MuleView.Mule(
                            account,
                            partners.computeIfAbsent(account.institution(), this::partnerCode),
                            f.unrelatedPayers(),
                            Money.of(f.receivedFen(), code),
                            Money.of(f.forwardedFen(), code),
                            f.forwardedShare(),
                            f.medianDelaySeconds(),
                            f.score(),
                            f.paymentCount(),
                            f.forwardCount(),
                            f.payments().stream()
                                    .map(p -> new MuleView.Payment(
                                            p.reference(),
                                            Payers.shown(refs.get(GraphNames.id(p.payer())), why),
                                            Instant.ofEpochMilli(p.epochMillis()),
                                            Money.of(p.amountFen(), code),
                                            p.newPayer()))
                                    .toList(),
                            f.forwards().stream()
                                    .map(w -> new MuleView.Forward(
                                            w.reference(),
                                            refs.get(GraphNames.id(w.payee())),
                                            Instant.ofEpochMilli(w.epochMillis()),
                                            Money.of(w.amountFen(), code),
                                            Money.of(w.forwardedFen(), code),
                                            w.delaySeconds()))
                                    .toList());
                })
                .toList();
        if (why != null) {
            payers.revealed("mules", start + ".." + end + " " + code, caller, why);
        }
        return new MuleView(
                start,
                end,
                code,
                read,
                history,
                new MuleView.Rule(
                        rule.minPayers(),
                        rule.maxDelay().toSeconds(),
                        rule.minForwardedShare(),
                        rule.hubMinTransfers()),
                new Page<>(mules, page, size, flags.size()));
    }

    /**
     * Reads the look-back before {@code start} into the graph, latest first, at most {@code room} transfers. When
     * there are more, the oldest instant read may be only partly read: it is left out, so that the history reported
     * is whole from its first instant on.
     */
    private MuleView.History history(NamedRows named, Instant start, String code, int room) {
        Instant earliest = start.minus(settings.muleLookBack());
        if (!earliest.isBefore(start) || room <= 0) {
            return new MuleView.History(start, 0, settings.muleLookBack().isZero());
        }
        History history = new History(named, start);
        int read = transfers.settledBetweenLatestFirst(earliest, start, code, room + 1, history);
        if (read <= room) {
            history.flush();
        }
        named.flush();
        return read <= room
                ? new MuleView.History(earliest, history.added, true)
                : new MuleView.History(history.whole, history.added, false);
    }

    /** Look-back rows, latest first, into the graph one instant at a time, so that a cut never splits an instant. */
    private static final class History implements Transfers.SettledRow {

        private final NamedRows named;
        private final List<long[]> pending = new ArrayList<>();
        private @Nullable Instant pendingAt;
        // the earliest instant whose transfers are all in the graph
        private Instant whole;
        private int added;

        History(NamedRows named, Instant start) {
            this.named = named;
            this.whole = start;
        }

        @Override
        public void accept(long id, long payerId, long payeeId, Instant occurredAt, long amountMinor) {
            if (!occurredAt.equals(pendingAt)) {
                flush();
                pendingAt = occurredAt;
            }
            pending.add(new long[] {id, payerId, payeeId, occurredAt.toEpochMilli(), amountMinor});
        }

        void flush() {
            // one instant's rows came latest id first: add them in id order, as the window's are
            for (int i = pending.size() - 1; i >= 0; i--) {
                long[] r = pending.get(i);
                named.accept(r[0], r[1], r[2], Instant.ofEpochMilli(r[3]), r[4]);
            }
            added += pending.size();
            pending.clear();
            if (pendingAt != null) {
                whole = pendingAt;
            }
        }
    }

    /** The rule with a centre's own thresholds, each refused naming it when out of bounds. */
    private MuleSettings rule(MuleSearch search) {
        MuleSettings rule = MuleSettings.DEFAULT.withHubMinTransfers(settings.hubMinTransfers());
        if (search.minPayers() != null && !search.minPayers().isBlank()) {
            int payers;
            try {
                payers = Integer.parseInt(search.minPayers().strip());
            } catch (NumberFormatException e) {
                payers = 0;
            }
            if (payers < 1 || payers > MAX_MIN_PAYERS) {
                throw new InvalidInputException(
                        "minPayers",
                        "a whole number from 1 to " + MAX_MIN_PAYERS + ", not '" + search.minPayers() + "'");
            }
            rule = rule.withMinPayers(payers);
        }
        if (search.maxDelay() != null && !search.maxDelay().isBlank()) {
            Duration delay;
            try {
                delay = Duration.parse(search.maxDelay().strip());
            } catch (DateTimeParseException e) {
                delay = Duration.ZERO;
            }
            if (delay.compareTo(MIN_DELAY) < 0 || delay.compareTo(MAX_DELAY) > 0) {
                throw new InvalidInputException(
                        "maxDelay",
                        "an ISO-8601 duration from " + MIN_DELAY + " to " + MAX_DELAY + ", not '" + search.maxDelay()
                                + "'");
            }
            rule = rule.withMaxDelay(delay);
        }
        if (search.minForwardedShare() != null && !search.minForwardedShare().isBlank()) {
            double share;
            try {
                share = Double.parseDouble(search.minForwardedShare().strip());
            } catch (NumberFormatException e) {
                share = Double.NaN;
            }
            if (!(share > 0 && share <= 1)) {
                throw new InvalidInputException(
                        "minForwardedShare",
                        "a number above 0 and at most 1, not '" + search.minForwardedShare() + "'");
            }
            rule = rule.withMinForwardedShare(share);
        }
        return rule;
    }

    /**
     * Streams rows into the graph a block at a time, naming each block's accounts by {@link GraphNames} (one look-up
     * for the cash points among them, most of them remembered), so that the detector sees cash points as such.
     */
    private final class NamedRows implements Transfers.SettledRow {

        private static final int BLOCK = 10_000;

        private final TransferGraph.Builder builder;
        private final long[] id = new long[BLOCK];
        private final long[] payer = new long[BLOCK];
        private final long[] payee = new long[BLOCK];
        private final long[] time = new long[BLOCK];
        private final long[] amount = new long[BLOCK];
        private int size;

        NamedRows(TransferGraph.Builder builder) {
            this.builder = builder;
        }

        @Override
        public void accept(long transfer, long payerId, long payeeId, Instant occurredAt, long amountMinor) {
            id[size] = transfer;
            payer[size] = payerId;
            payee[size] = payeeId;
            time[size] = occurredAt.toEpochMilli();
            amount[size] = amountMinor;
            if (++size == BLOCK) {
                flush();
            }
        }

        void flush() {
            Set<Long> accountIds = new HashSet<>();
            for (int i = 0; i < size; i++) {
                accountIds.add(payer[i]);
                accountIds.add(payee[i]);
            }
            Set<Long> cash = accounts.cashAmong(accountIds);
            for (int i = 0; i < size; i++) {
                builder.add(
                        id[i],
                        GraphNames.name(payer[i], cash.contains(payer[i])),
                        GraphNames.name(payee[i], cash.contains(payee[i])),
                        time[i],
                        amount[i]);
            }
            size = 0;
        }
    }

    private @Nullable String partnerCode(String institution) {
        return agencies.findByCode(institution)
                .filter(a -> a.kind() == AgencyKind.PARTNER)
                .map(Agency::code)
                .orElse(null);
    }
}

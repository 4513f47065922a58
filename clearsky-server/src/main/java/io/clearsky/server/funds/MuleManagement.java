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
import io.clearsky.server.agencies.Role;
import io.clearsky.server.funds.internal.Accounts;
import io.clearsky.server.funds.internal.GraphNames;
import io.clearsky.server.funds.internal.Transfers;
import java.time.Duration;
import java.time.Instant;
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
    // about 40 bytes a transfer), never held as rows; the window and the number of transfers are bounded by
    // FundsSettings so one request cannot take the server's memory. The detection runs for each page asked: it takes
    // well under a second for a million transfers, and caching it would serve stale flags as transfers arrive.

    private static final int MAX_PAGE = 100;

    private final Transfers transfers;
    private final Accounts accounts;
    private final AgencyManagement agencies;
    private final FundsSettings settings;
    private final java.time.Clock clock;

    MuleManagement(
            Transfers transfers,
            Accounts accounts,
            AgencyManagement agencies,
            FundsSettings settings,
            java.time.Clock clock) {
        this.transfers = transfers;
        this.accounts = accounts;
        this.agencies = agencies;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The suspected mule accounts among the settled transfers from {@code from} (inclusive, default a day before
     * {@code to}) to {@code to} (exclusive, default now), one page of them, most suspicious first.
     */
    public MuleView mules(
            @Nullable String from, @Nullable String to, @Nullable String currency, int page, int size, Caller caller) {
        caller.require(Role.POLICE, Role.ADMIN);
        Page.check(page, size, MAX_PAGE);
        Instant end = TraceManagement.time("to", to, clock.instant());
        Instant start = TraceManagement.time("from", from, end.minus(Duration.ofDays(1)));
        if (!start.isBefore(end)) {
            throw new InvalidInputException("from", "must be before to (" + end + ")");
        }
        if (Duration.between(start, end).compareTo(settings.muleMaxWindow()) > 0) {
            throw new InvalidInputException(
                    "from",
                    "the window from..to is at most " + settings.muleMaxWindow().toDays() + " days");
        }
        String code = Money.currency("currency", currency);
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
        MuleSettings rule = MuleSettings.DEFAULT.withHubMinTransfers(settings.hubMinTransfers());
        List<MuleFlag> flags = MuleDetector.detect(builder.build(), rule);
        List<MuleFlag> shown =
                flags.subList(Math.min(flags.size(), page * size), Math.min(flags.size(), page * size + size));
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
                                            refs.get(GraphNames.id(p.payer())),
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
        return new MuleView(
                start,
                end,
                code,
                read,
                new MuleView.Rule(
                        rule.minPayers(),
                        rule.maxDelay().toSeconds(),
                        rule.minForwardedShare(),
                        rule.hubMinTransfers()),
                new Page<>(mules, page, size, flags.size()));
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

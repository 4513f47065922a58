package io.clearsky.server.funds.internal;

import io.clearsky.core.funds.CashAccounts;
import io.clearsky.core.funds.TransferGraph;
import io.clearsky.server.funds.internal.Transfers.StoredTransfer;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Reads from the database just the part of the transfer graph a trace needs, so that a trace over a database of
 * hundreds of millions of transfers reads thousands. Accounts are named in the graph by {@link GraphNames} (their
 * id; a cash point {@code cash:<id>}), transfers referenced by their id. A cash point's transfers are never read: a
 * trace ends there.
 */
@Component
public class TraceGraphs {

    // How: a trace's result at an account depends only on that account's own transfers and on what the transfers
    // into it carried. So: read the seed accounts' transfers, run the trace on what was read, read the transfers of
    // every account it reached that was not read yet, and run it again, until it reaches no account not read. Then
    // every account holding traced money has all its transfers in the graph, and the result is the one the whole
    // graph would give. An account is read up to `hubMinTransfers` transfers each way: one with that many is a hub,
    // which the trace flags and does not follow however many more it has. Each round reads one level more, so the
    // rounds are bounded by the trace's depth.

    private final Transfers transfers;
    private final Accounts accounts;

    TraceGraphs(Transfers transfers, Accounts accounts) {
        this.transfers = transfers;
        this.accounts = accounts;
    }

    /**
     * The graph read, the transfers in it by id, when each account in it last moved money, and whether the account
     * limit cut the reading short.
     */
    public record Loaded(
            TransferGraph graph,
            Map<Long, StoredTransfer> transfers,
            Map<Long, Instant> lastActivity,
            boolean truncated) {}

    /**
     * Reads the transfers of the seed accounts, then of every account {@code reach} names on the graph read so far,
     * until it names none that was not read or {@code maxAccounts} were read.
     *
     * @param extra transfers that belong in the graph whatever is read (the trace's seed transfer)
     * @param reach the accounts (by graph name) the trace reached on a graph
     */
    public Loaded close(
            Collection<Long> seeds,
            List<StoredTransfer> extra,
            String currency,
            Instant until,
            int hubMinTransfers,
            int maxAccounts,
            Function<TransferGraph, Collection<String>> reach) {
        Map<Long, StoredTransfer> rows = new LinkedHashMap<>();
        extra.forEach(t -> rows.put(t.id(), t));
        Set<Long> read = new HashSet<>();
        Set<Long> toRead = new LinkedHashSet<>(seeds);
        boolean truncated = false;
        while (true) {
            for (long account : toRead) {
                if (read.size() >= maxAccounts) {
                    truncated = true;
                    break;
                }
                for (StoredTransfer t : transfers.settledTouching(account, currency, until, hubMinTransfers)) {
                    rows.put(t.id(), t);
                }
                read.add(account);
            }
            TransferGraph graph = graph(rows.values());
            toRead = new LinkedHashSet<>();
            for (String name : reach.apply(graph)) {
                long account = GraphNames.id(name);
                // a trace ends at a cash point whatever its transfers: reading them (thousands) would change nothing
                if (!read.contains(account) && !CashAccounts.isCash(name)) {
                    toRead.add(account);
                }
            }
            if (toRead.isEmpty() || truncated) {
                Map<Long, Instant> last = new HashMap<>();
                for (StoredTransfer t : rows.values()) {
                    last.merge(t.payerId(), t.occurredAt(), (x, y) -> x.isAfter(y) ? x : y);
                    last.merge(t.payeeId(), t.occurredAt(), (x, y) -> x.isAfter(y) ? x : y);
                }
                return new Loaded(graph, rows, last, truncated);
            }
        }
    }

    private TransferGraph graph(Collection<StoredTransfer> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(t -> {
            ids.add(t.payerId());
            ids.add(t.payeeId());
        });
        Set<Long> cash = accounts.cashAmong(ids);
        TransferGraph.Builder builder = TransferGraph.builder();
        rows.stream()
                .sorted(java.util.Comparator.comparing(StoredTransfer::occurredAt)
                        .thenComparingLong(StoredTransfer::id))
                .forEach(t -> builder.add(
                        t.id(),
                        GraphNames.name(t.payerId(), cash.contains(t.payerId())),
                        GraphNames.name(t.payeeId(), cash.contains(t.payeeId())),
                        t.occurredAt().toEpochMilli(),
                        t.amountMinor()));
        return builder.build();
    }
}

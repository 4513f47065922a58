package io.clearsky.core.funds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Follows money forward in time through transfers ({@link TransferView}: a {@link TransferGraph} or a
 * {@link LiveTransferGraph}'s view): from a victim's transfer, or from an amount that
 * reached an account at a moment. Only transfers out of an account after the money arrived can carry it; how much of
 * each they carry is decided by the {@link Apportionment}. The trace stops at the depth and fan-out limits, at
 * hubs, and at cash pseudo-accounts ({@link CashAccounts}: money withdrawn in cash has left the banking system),
 * and tells how much can still be in each account it reached ({@link Trace#freezePlan()}).
 *
 * <p>Stateless and thread-safe: a trace reads the graph and keeps its own state.
 */
public final class FundTracer {

    // How: the trace visits the outgoing transfers of the accounts holding traced money in time order (ties by
    // number, TransferView.precedes) from a priority queue. Each such account has a ledger that replays
    // its transfers in order, incoming ones with the traced amount already decided for them, and decides an outgoing
    // transfer's traced amount when it is taken from the queue. Taking them in order makes that decision final: every
    // transfer that paid into the account earlier was decided before. An account has at most one transfer in the
    // queue, its next outgoing one; it is queued again after each while the account holds traced money, and when
    // traced money arrives. Cost: each reached account's transfers once, plus a queue operation per transfer that
    // carried traced money out. A transfer of 0 (one a LiveTransferGraph reversed) is skipped everywhere, and hubs are
    // judged by TransferView.movedDegree, so that a trace equals one on the graph without it.

    private FundTracer() {}

    /** Traces the whole amount of the transfer the caller added with {@code reference}. */
    public static Trace fromTransfer(TransferView graph, long reference, TraceSettings settings) {
        int transfer = graph.transferByReference(reference)
                .orElseThrow(() -> new IllegalArgumentException("no transfer with reference " + reference));
        if (graph.time(transfer) > settings.untilMillis()) {
            throw new IllegalArgumentException("transfer " + reference + " is after the trace's end");
        }
        if (graph.amount(transfer) == 0) {
            throw new IllegalArgumentException("transfer " + reference + " was reversed: it moved nothing");
        }
        Run run = new Run(graph, settings);
        run.seedTransfer(transfer);
        return run.finish(graph.amount(transfer));
    }

    /**
     * Traces {@code amountFen} that reached {@code account} at {@code epochMillis}, before the transfers on record at
     * that moment (e.g. a victim's payment that the graph does not hold).
     */
    public static Trace fromAccount(
            TransferView graph, String account, long epochMillis, long amountFen, TraceSettings settings) {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("the traced amount is more than zero, is " + amountFen);
        }
        if (epochMillis > settings.untilMillis()) {
            throw new IllegalArgumentException("the money arrived after the trace's end");
        }
        int a = graph.account(account)
                .orElseThrow(() -> new IllegalArgumentException("no transfer on record touches " + account));
        Run run = new Run(graph, settings);
        run.seedAccount(a, run.firstAtOrAfter(a, epochMillis), amountFen);
        return run.finish(amountFen);
    }

    /**
     * Who funded an account up to a moment, level by level: its payers before {@code epochMillis} (level 1), their
     * payers before they paid it (level 2), and so on to {@code settings.maxDepth()}. Each payer is listed once, at
     * its lowest level, with what it paid into the level below; hubs and cash deposits (a {@link CashAccounts} payer)
     * are listed but not followed, and at most
     * {@code settings.maxFanOut()} payers (the largest) are followed from each account. For finding the other victims
     * of a mule account: its first-level payers are candidates.
     */
    public static List<Funder> funders(TransferView graph, String account, long epochMillis, TraceSettings settings) {
        int start = graph.account(account)
                .orElseThrow(() -> new IllegalArgumentException("no transfer on record touches " + account));
        // how: breadth-first over incoming transfers, each account explored with the latest moment it passed money
        // on in a path found so far, so that only money that could have reached the account is counted
        Map<Integer, Long> before = new HashMap<>();
        before.put(start, epochMillis);
        Map<Integer, Funder> found = new HashMap<>();
        List<Integer> frontier = List.of(start);
        for (int level = 1; level <= settings.maxDepth() && !frontier.isEmpty(); level++) {
            Map<Integer, Long> paid = new HashMap<>();
            Map<Integer, Long> latest = new HashMap<>();
            for (int to : frontier) {
                long until = before.get(to);
                Map<Integer, Long> paidTo = new HashMap<>();
                for (int i = 0; i < graph.degree(to); i++) {
                    int t = graph.transferOf(to, i);
                    if (graph.time(t) > until) {
                        break;
                    }
                    int from = graph.payer(t);
                    if (graph.payee(t) == to && from != to && from != start && graph.amount(t) > 0) {
                        paidTo.merge(from, graph.amount(t), Long::sum);
                        latest.merge(from, graph.time(t), Math::max);
                    }
                }
                paidTo.entrySet().stream()
                        .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed())
                        .limit(settings.maxFanOut())
                        .forEach(e -> paid.merge(e.getKey(), e.getValue(), Long::sum));
            }
            List<Integer> next = new ArrayList<>();
            for (Map.Entry<Integer, Long> e : paid.entrySet()) {
                int from = e.getKey();
                if (found.containsKey(from)) {
                    continue;
                }
                String name = graph.accountName(from);
                boolean hub = graph.movedDegree(from) >= settings.hubMinTransfers();
                found.put(from, new Funder(name, level, e.getValue(), hub));
                if (!hub && !CashAccounts.isCash(name)) {
                    before.put(from, latest.get(from));
                    next.add(from);
                }
            }
            frontier = next;
        }
        return found.values().stream()
                .sorted(Comparator.comparingInt(Funder::level)
                        .thenComparing(Comparator.comparingLong(Funder::paidFen).reversed())
                        .thenComparing(Funder::account))
                .toList();
    }

    /**
     * An account that paid money towards the account asked about.
     *
     * @param level 1 for a direct payer, n + 1 for a payer of a level-n funder
     * @param paidFen what it paid into the accounts one level down, before they passed money on
     * @param hub a merchant, an exchange or a payment hub by its volume: listed, not followed
     */
    public record Funder(String account, int level, long paidFen, boolean hub) {}

    /** One trace's state. */
    private static final class Run {

        private final TransferView graph;
        private final TraceSettings settings;
        private final long until;
        private final Map<Integer, Holder> holders = new HashMap<>();
        private final Map<Integer, Long> tracedOf = new HashMap<>();
        private final Set<Integer> followed = new HashSet<>();
        private final Comparator<Integer> inOrder;
        private final PriorityQueue<Integer> queue;

        Run(TransferView graph, TraceSettings settings) {
            this.graph = graph;
            this.settings = settings;
            this.until = settings.untilMillis();
            this.inOrder = (x, y) -> x.intValue() == y.intValue() ? 0 : graph.precedes(x, y) ? -1 : 1;
            this.queue = new PriorityQueue<>(inOrder);
        }

        void seedTransfer(int transfer) {
            long amount = graph.amount(transfer);
            tracedOf.put(transfer, amount);
            followed.add(transfer);
            int to = graph.payee(transfer);
            if (graph.payer(transfer) == to) {
                // a transfer to oneself moves nothing; the money is in the account from then on
                seedAccount(to, positionAfter(to, transfer), amount);
                return;
            }
            Holder payee = holder(to, 1);
            payee.received += amount;
            payee.tracedInPending++;
            scheduleFrom(payee, positionAfter(to, transfer));
        }

        /** The money arrives in {@code account} just before its transfer at {@code position} in the account's list. */
        void seedAccount(int account, int position, long amount) {
            Holder holder = holder(account, 1);
            holder.seedPosition = position;
            holder.seedAmount = amount;
            holder.received += amount;
            scheduleFrom(holder, position);
        }

        Trace finish(long traced) {
            while (!queue.isEmpty()) {
                int transfer = queue.poll();
                Holder payer = holders.get(graph.payer(transfer));
                payer.scheduled = -1;
                payer.replayBefore(transfer);
                long carried = payer.ledger.out(graph.amount(transfer));
                payer.cursor++;
                if (carried > 0) {
                    carry(payer, transfer, carried);
                }
                if (payer.ledger.traced() > 0) {
                    scheduleFrom(payer, payer.cursor);
                }
            }
            List<Trace.Account> accounts = new ArrayList<>();
            for (Holder h : holders.values()) {
                long residual = 0;
                // an account that holds no traced money and has none still to come keeps none: its later transfers
                // need not be read (for a mule that passed the money on, most of them)
                boolean holdsOrAwaits = h.ledger.traced() > 0 || h.tracedInPending > 0 || h.seedPosition >= 0;
                if (!h.hub && !h.cash && holdsOrAwaits) {
                    h.replayBefore(-1);
                    residual = h.ledger.traced();
                }
                accounts.add(new Trace.Account(
                        graph.accountName(h.account),
                        h.level,
                        h.received,
                        h.forwarded,
                        h.untraced,
                        residual,
                        h.hub,
                        h.cash));
            }
            accounts.sort(Comparator.comparingInt(Trace.Account::level)
                    .thenComparing(
                            Comparator.comparingLong(Trace.Account::receivedFen).reversed())
                    .thenComparing(Trace.Account::account));
            List<Trace.Transfer> transfers = new ArrayList<>();
            tracedOf.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(inOrder))
                    .forEach(e -> {
                        int t = e.getKey();
                        transfers.add(new Trace.Transfer(
                                graph.reference(t),
                                graph.accountName(graph.payer(t)),
                                graph.accountName(graph.payee(t)),
                                graph.time(t),
                                graph.amount(t),
                                e.getValue(),
                                followed.contains(t)));
                    });
            return new Trace(traced, accounts, transfers);
        }

        /** Traced money leaves {@code payer} with {@code transfer}: followed to the payee, or counted as untraced. */
        private void carry(Holder payer, int transfer, long carried) {
            tracedOf.put(transfer, carried);
            int to = graph.payee(transfer);
            boolean known = payer.payees.contains(to);
            boolean follow = payer.level < settings.maxDepth() && (known || payer.payees.size() < settings.maxFanOut());
            if (!follow) {
                payer.untraced += carried;
                return;
            }
            payer.payees.add(to);
            payer.forwarded += carried;
            followed.add(transfer);
            Holder payee = holder(to, payer.level + 1);
            payee.received += carried;
            payee.tracedInPending++;
            if (payee.scheduled < 0) {
                scheduleFrom(payee, positionAfter(to, transfer));
            }
        }

        private Holder holder(int account, int level) {
            Holder h = holders.get(account);
            if (h == null) {
                h = new Holder(account, level, Ledger.of(settings.apportionment()));
                // a cash pseudo-account is where money left the system, however busy it is: never a hub
                h.cash = CashAccounts.isCash(graph.accountName(account));
                h.hub = !h.cash && graph.movedDegree(account) >= settings.hubMinTransfers();
                holders.put(account, h);
            } else if (level < h.level) {
                h.level = level;
            }
            return h;
        }

        /** Queues the account's first outgoing transfer at or after {@code position}, if one is before the end. */
        private void scheduleFrom(Holder h, int position) {
            if (h.hub || h.cash) {
                return;
            }
            int degree = graph.degree(h.account);
            for (int i = Math.max(h.cursor, position); i < degree; i++) {
                int t = graph.transferOf(h.account, i);
                if (graph.time(t) > until) {
                    return;
                }
                if (graph.payer(t) == h.account && graph.payee(t) != h.account && graph.amount(t) > 0) {
                    h.scheduled = t;
                    queue.add(t);
                    return;
                }
            }
        }

        /** The position in the account's list of the first transfer that comes after {@code transfer}. */
        private int positionAfter(int account, int transfer) {
            int low = 0;
            int high = graph.degree(account);
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (graph.precedes(transfer, graph.transferOf(account, mid))) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }

        /** The position in the account's list of its first transfer at or after {@code epochMillis}. */
        int firstAtOrAfter(int account, long epochMillis) {
            int low = 0;
            int high = graph.degree(account);
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (graph.time(graph.transferOf(account, mid)) < epochMillis) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        /** An account the traced money reached. */
        private final class Holder {

            final int account;
            final Ledger ledger;
            final Set<Integer> payees = new HashSet<>();
            int level;
            boolean hub;
            boolean cash; // what reached it was withdrawn: it is never replayed, so its residual is none
            int cursor; // position in the account's transfers: those before it are in the ledger
            int scheduled = -1;
            int seedPosition = -1; // where seeded money arrives, until it is in the ledger
            int tracedInPending; // followed transfers into the account not yet in the ledger
            long seedAmount;
            long received;
            long forwarded;
            long untraced;

            Holder(int account, int level, Ledger ledger) {
                this.account = account;
                this.level = level;
                this.ledger = ledger;
            }

            /**
             * Puts the account's transfers that come before {@code transfer} into its ledger; with -1, every transfer
             * up to the trace's end.
             */
            void replayBefore(int transfer) {
                int degree = graph.degree(account);
                while (cursor < degree) {
                    seedIfDue();
                    int t = graph.transferOf(account, cursor);
                    boolean before = transfer < 0 ? graph.time(t) <= until : graph.precedes(t, transfer);
                    if (!before) {
                        break;
                    }
                    boolean moved = graph.amount(t) > 0; // a reversed transfer moved nothing
                    if (moved && graph.payee(t) == account && graph.payer(t) != account) {
                        // traced money on a transfer the trace did not follow stays untraced at the payer's end
                        long traced = 0;
                        if (followed.contains(t)) {
                            traced = tracedOf.getOrDefault(t, 0L);
                            tracedInPending--;
                        }
                        ledger.in(graph.amount(t), traced);
                    } else if (moved && graph.payer(t) == account && graph.payee(t) != account) {
                        // an outgoing transfer not taken from the queue: the account held no traced money then
                        if (ledger.out(graph.amount(t)) != 0) {
                            throw new IllegalStateException("traced money left " + graph.accountName(account)
                                    + " with transfer " + graph.reference(t) + " unnoticed");
                        }
                    }
                    cursor++;
                }
                seedIfDue();
            }

            // every transfer replayed to comes at or after the seed (the trace starts there), so the seeded money
            // is due once the cursor reaches its position
            private void seedIfDue() {
                if (seedPosition >= 0 && cursor == seedPosition) {
                    ledger.in(seedAmount, seedAmount);
                    seedPosition = -1;
                }
            }
        }
    }
}

package io.clearsky.core.funds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds money-mule accounts in a {@link TransferGraph}: accounts that receive from several unrelated payers and pass
 * the money on within minutes. The caller hands in the transfers of the window to examine, optionally preceded by a
 * look-back period: transfers before the window's start are history, read only for who dealt with whom, never
 * examined as payments or forwards.
 *
 * <p>The rule, with {@link MuleSettings}: an account is flagged when
 *
 * <ol>
 *   <li>it is not a cash pseudo-account ({@link CashAccounts}) and not a hub (fewer than {@code hubMinTransfers} transfers in the
 *       whole graph, history included);
 *   <li>at least {@code minPayers} unrelated payers paid it in the window. A payer is new when it had no transfer
 *       with the account (either way, history included) before its first payment in the window; new payers that
 *       transacted with each other anywhere in the graph, history included, are one group, and the groups are
 *       counted. Hubs (an employer, a platform) and cash deposits are not payers a mule is recruited for, so they
 *       never count;
 *   <li>at least {@code minForwardedShare} of all it received in the window left again within {@code maxDelay} of
 *       arriving, to anyone but one of its own payers, history included (a refund or a repayment is not a forward).
 *       A cash withdrawal is a forward: mules cash out.
 * </ol>
 *
 * <p>Stateless and thread-safe: each call keeps its own state. Deterministic: the flags come ranked by score, then
 * by account name.
 */
public final class MuleDetector {

    // How: one pass over each account's transfers (time order) replays its money as lots, one per incoming transfer,
    // in a queue. An outgoing transfer first drops the lots that arrived more than maxDelay before it — they can never
    // become recent again — then draws from the remaining (recent) lots, oldest first: that part of it is forwarded,
    // the rest is older money. Drawing recent money first, not strict FIFO, is on purpose: a bought account often
    // holds its owner's money, and what we ask is whether what arrived left quickly, not whether the balance turned
    // over. Counterparties are marked with the account's number in arrays the size of the graph's accounts, so
    // nothing is cleared between accounts. Only accounts that pass the cheap tests (enough new payers, enough
    // forwarded) pay for the relatedness test: a union-find over their new payers, reading each payer's transfers
    // once (each has fewer than hubMinTransfers). Cost: about two passes over the transfers, plus the candidates'
    // payers' transfers. History: the account's transfers before the window's first transfer are only replayed to
    // mark their counterparties as known (and, for payers, as people a transfer back repays); an account is skipped
    // before that when it has too few transfers in the window, found by a binary search in its (time-ordered) list,
    // so a long look-back costs little for the many accounts that are quiet in the window.

    private MuleDetector() {}

    /** The accounts the rule flags in the whole graph (no history), highest score first, each with its evidence. */
    public static List<MuleFlag> detect(TransferGraph graph, MuleSettings settings) {
        return detect(graph, Long.MIN_VALUE, settings);
    }

    /**
     * The accounts the rule flags in the window that starts at {@code windowStartMillis}, highest score first, each
     * with its evidence: transfers of the graph earlier than that are history, telling who already dealt with whom.
     */
    public static List<MuleFlag> detect(TransferGraph graph, long windowStartMillis, MuleSettings settings) {
        Run run = new Run(graph, graph.firstAtOrAfter(windowStartMillis), settings);
        List<MuleFlag> flags = new ArrayList<>();
        for (int a = 0; a < graph.accounts(); a++) {
            MuleFlag flag = run.examine(a);
            if (flag != null) {
                flags.add(flag);
            }
        }
        flags.sort(Comparator.comparingDouble(MuleFlag::score).reversed().thenComparing(MuleFlag::account));
        return flags;
    }

    /** One detection's state, reused from account to account. */
    private static final class Run {

        private final TransferGraph graph;
        // the first transfer of the window: lower numbers are history
        private final int windowStart;
        private final MuleSettings settings;
        private final long maxDelayMillis;
        private final boolean[] cash;
        // stamp arrays: entry c holds a + 1 when counterparty c has that property for account a
        private final int[] seen;
        private final int[] paidUs;
        private final int[] counted;
        private final int[] countedIndex;
        // the account's lots (incoming money not yet passed on) and forwards, sized to the largest degree seen
        private int[] lotTransfer = new int[16];
        private long[] lotLeft = new long[16];
        private int[] forwardTransfer = new int[16];
        private long[] forwardFen = new long[16];
        private long[] forwardDelay = new long[16];
        private int[] payers = new int[16];
        private int[] parent = new int[16];

        Run(TransferGraph graph, int windowStart, MuleSettings settings) {
            this.graph = graph;
            this.windowStart = windowStart;
            this.settings = settings;
            this.maxDelayMillis = settings.maxDelay().toMillis();
            int n = graph.accounts();
            this.cash = new boolean[n];
            for (int a = 0; a < n; a++) {
                cash[a] = CashAccounts.isCash(graph.accountName(a));
            }
            this.seen = new int[n];
            this.paidUs = new int[n];
            this.counted = new int[n];
            this.countedIndex = new int[n];
        }

        @Nullable
        MuleFlag examine(int a) {
            int degree = graph.degree(a);
            if (cash[a] || degree >= settings.hubMinTransfers() || degree <= settings.minPayers()) {
                return null;
            }
            int first = firstInWindow(a);
            // minPayers payments and at least one forward
            if (degree - first <= settings.minPayers()) {
                return null;
            }
            ensure(degree);
            int stamp = a + 1;
            for (int i = 0; i < first; i++) {
                int t = graph.transferOf(a, i);
                int from = graph.payer(t);
                int to = graph.payee(t);
                if (to == a) {
                    seen[from] = stamp;
                    paidUs[from] = stamp;
                } else {
                    seen[to] = stamp;
                }
            }
            int head = 0;
            int tail = 0;
            int payerCount = 0;
            int paymentCount = 0;
            int forwardCount = 0;
            long received = 0;
            long forwarded = 0;
            for (int i = first; i < degree; i++) {
                int t = graph.transferOf(a, i);
                int from = graph.payer(t);
                int to = graph.payee(t);
                if (from == to) {
                    continue;
                }
                long amount = graph.amount(t);
                if (to == a) {
                    paymentCount++;
                    received += amount;
                    lotTransfer[tail] = t;
                    lotLeft[tail] = amount;
                    tail++;
                    if (seen[from] != stamp && !cash[from] && graph.degree(from) < settings.hubMinTransfers()) {
                        counted[from] = stamp;
                        countedIndex[from] = payerCount;
                        payers[payerCount++] = from;
                    }
                    seen[from] = stamp;
                    paidUs[from] = stamp;
                    continue;
                }
                long now = graph.time(t);
                while (head < tail && (lotLeft[head] == 0 || graph.time(lotTransfer[head]) < now - maxDelayMillis)) {
                    head++;
                }
                long need = amount;
                long recent = 0;
                long firstArrival = -1;
                for (int k = head; k < tail && need > 0; k++) {
                    long take = Math.min(lotLeft[k], need);
                    if (take == 0) {
                        continue;
                    }
                    if (firstArrival < 0) {
                        firstArrival = graph.time(lotTransfer[k]);
                    }
                    lotLeft[k] -= take;
                    need -= take;
                    recent += take;
                }
                if (recent > 0 && paidUs[to] != stamp) {
                    forwardTransfer[forwardCount] = t;
                    forwardFen[forwardCount] = recent;
                    forwardDelay[forwardCount] = (now - firstArrival) / 1_000;
                    forwardCount++;
                    forwarded += recent;
                }
                seen[to] = stamp;
            }
            if (payerCount < settings.minPayers()
                    || received == 0
                    || forwarded < settings.minForwardedShare() * received) {
                return null;
            }
            int unrelated = unrelatedGroups(a, payerCount);
            if (unrelated < settings.minPayers()) {
                return null;
            }
            return flag(a, unrelated, received, forwarded, paymentCount, forwardCount);
        }

        /** The position in account {@code a}'s transfers of its first one in the window ({@code degree} if none). */
        private int firstInWindow(int a) {
            int low = 0;
            int high = graph.degree(a);
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (graph.transferOf(a, mid) < windowStart) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        /** How many groups the account's new payers fall into when those that transacted with each other are one. */
        private int unrelatedGroups(int a, int payerCount) {
            int stamp = a + 1;
            for (int p = 0; p < payerCount; p++) {
                parent[p] = p;
            }
            int groups = payerCount;
            for (int p = 0; p < payerCount; p++) {
                int payer = payers[p];
                for (int i = 0; i < graph.degree(payer); i++) {
                    int t = graph.transferOf(payer, i);
                    int other = graph.payer(t) == payer ? graph.payee(t) : graph.payer(t);
                    if (other != a && other != payer && counted[other] == stamp) {
                        int x = root(p);
                        int y = root(countedIndex[other]);
                        if (x != y) {
                            parent[Math.max(x, y)] = Math.min(x, y);
                            groups--;
                        }
                    }
                }
            }
            return groups;
        }

        private int root(int p) {
            while (parent[p] != p) {
                parent[p] = parent[parent[p]];
                p = parent[p];
            }
            return p;
        }

        private MuleFlag flag(int a, int unrelated, long received, long forwarded, int paymentCount, int forwardCount) {
            int stamp = a + 1;
            int limit = settings.maxEvidence();
            List<MuleFlag.Payment> payments = new ArrayList<>();
            for (int i = firstInWindow(a); i < graph.degree(a) && payments.size() < limit; i++) {
                int t = graph.transferOf(a, i);
                int from = graph.payer(t);
                if (graph.payee(t) == a && from != a) {
                    payments.add(new MuleFlag.Payment(
                            graph.reference(t),
                            graph.accountName(from),
                            graph.time(t),
                            graph.amount(t),
                            counted[from] == stamp));
                }
            }
            List<MuleFlag.Forward> forwards = new ArrayList<>();
            for (int f = 0; f < forwardCount && f < limit; f++) {
                int t = forwardTransfer[f];
                forwards.add(new MuleFlag.Forward(
                        graph.reference(t),
                        graph.accountName(graph.payee(t)),
                        graph.time(t),
                        graph.amount(t),
                        forwardFen[f],
                        forwardDelay[f]));
            }
            long[] delays = Arrays.copyOf(forwardDelay, forwardCount);
            Arrays.sort(delays);
            long median = delays[(forwardCount - 1) / 2];
            double share = (double) forwarded / received;
            double speed = 1 - Math.min(1.0, median / (2.0 * settings.maxDelay().toSeconds()));
            return new MuleFlag(
                    graph.accountName(a),
                    unrelated,
                    received,
                    forwarded,
                    share,
                    median,
                    share * unrelated * speed,
                    paymentCount,
                    forwardCount,
                    payments,
                    forwards);
        }

        private void ensure(int degree) {
            if (lotTransfer.length >= degree) {
                return;
            }
            int size = Math.max(degree, lotTransfer.length * 2);
            lotTransfer = new int[size];
            lotLeft = new long[size];
            forwardTransfer = new int[size];
            forwardFen = new long[size];
            forwardDelay = new long[size];
            payers = new int[size];
            parent = new int[size];
        }
    }
}

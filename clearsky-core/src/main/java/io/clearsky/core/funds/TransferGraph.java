package io.clearsky.core.funds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Transfers between accounts, in time order, with each account's transfers at hand, built once: what a fund-flow
 * trace walks when the transfers are known up front (a trace read from the database). Accounts are named by the caller (e.g. {@code "alipay:2088…"}, a bank card number, {@code "cash:440300"}) and
 * numbered densely here; transfers are numbered by their place in time order, so a lower number is earlier. Two
 * transfers at the same instant keep the order they were added in.
 *
 * <p>Immutable once built; build it with {@link #builder()}.
 */
public final class TransferGraph implements TransferView {

    // How: columns of primitives per transfer (payer, payee, time, amount, the caller's reference), sorted by time,
    // and per account the numbers of its transfers, both directions merged, in compressed-row form (offsets into one
    // int array). A transfer is 28 bytes in the columns plus 8 in the two accounts' lists.

    private final String[] accounts;
    private final Map<String, Integer> accountIds;
    private final int[] payer;
    private final int[] payee;
    private final long[] time;
    private final long[] amount;
    private final long[] reference;
    private final int[] eventStart;
    private final int[] events;
    private final ReferenceTable byReference;

    private TransferGraph(
            String[] accounts,
            Map<String, Integer> accountIds,
            int[] payer,
            int[] payee,
            long[] time,
            long[] amount,
            long[] reference) {
        this.accounts = accounts;
        this.accountIds = accountIds;
        this.payer = payer;
        this.payee = payee;
        this.time = time;
        this.amount = amount;
        this.reference = reference;
        this.eventStart = new int[accounts.length + 1];
        for (int t = 0; t < payer.length; t++) {
            eventStart[payer[t] + 1]++;
            if (payee[t] != payer[t]) {
                eventStart[payee[t] + 1]++;
            }
        }
        for (int a = 0; a < accounts.length; a++) {
            eventStart[a + 1] += eventStart[a];
        }
        this.byReference = new ReferenceTable(payer.length, t -> this.reference[t]);
        for (int t = 0; t < payer.length; t++) {
            byReference.add(reference[t], t); // a repeated reference finds its earliest transfer
        }
        this.events = new int[eventStart[accounts.length]];
        int[] next = Arrays.copyOf(eventStart, accounts.length);
        for (int t = 0; t < payer.length; t++) {
            events[next[payer[t]]++] = t;
            if (payee[t] != payer[t]) {
                events[next[payee[t]]++] = t;
            }
        }
    }

    /** A builder that takes transfers in any order. */
    public static Builder builder() {
        return new Builder();
    }

    /** How many transfers. */
    @Override
    public int transfers() {
        return payer.length;
    }

    /** How many accounts. */
    @Override
    public int accounts() {
        return accounts.length;
    }

    /** The number of the named account, if any transfer touches it. */
    @Override
    public OptionalInt account(String name) {
        Integer id = accountIds.get(name);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** The name of account {@code a}. */
    @Override
    public String accountName(int a) {
        return accounts[a];
    }

    /** The number of the first transfer at or after {@code epochMillis}; {@link #transfers()} if none. */
    public int firstAtOrAfter(long epochMillis) {
        int low = 0;
        int high = time.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (time[mid] < epochMillis) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The transfer the caller added with this reference, if any (the earliest, if several have it). */
    @Override
    public OptionalInt transferByReference(long ref) {
        int t = byReference.find(ref);
        return t < 0 ? OptionalInt.empty() : OptionalInt.of(t);
    }

    @Override
    public int payer(int transfer) {
        return payer[transfer];
    }

    @Override
    public int payee(int transfer) {
        return payee[transfer];
    }

    /** When, in milliseconds since the epoch. */
    @Override
    public long time(int transfer) {
        return time[transfer];
    }

    /** How much, in fen (0.01 yuan). */
    @Override
    public long amount(int transfer) {
        return amount[transfer];
    }

    /** The caller's reference of the transfer. */
    @Override
    public long reference(int transfer) {
        return reference[transfer];
    }

    /** How many transfers account {@code a} made or received. */
    @Override
    public int degree(int a) {
        return eventStart[a + 1] - eventStart[a];
    }

    /** The {@code i}-th transfer account {@code a} made or received, in time order ({@code i < degree(a)}). */
    @Override
    public int transferOf(int a, int i) {
        return events[eventStart[a] + i];
    }

    /** Numbers follow time here, so the number alone decides. */
    @Override
    public boolean precedes(int x, int y) {
        return x < y;
    }

    /** Collects transfers and builds the graph; not thread-safe. */
    public static final class Builder {

        private final Map<String, Integer> accountIds = new HashMap<>();
        private final ArrayList<String> accounts = new ArrayList<>();
        private int size;
        private int[] payer = new int[1024];
        private int[] payee = new int[1024];
        private long[] time = new long[1024];
        private long[] amount = new long[1024];
        private long[] reference = new long[1024];

        private Builder() {}

        /**
         * Adds a transfer of {@code amountFen} (more than zero) from one account to another at {@code epochMillis};
         * {@code ref} is the caller's number for it.
         */
        public Builder add(long ref, String from, String to, long epochMillis, long amountFen) {
            if (amountFen <= 0) {
                throw new IllegalArgumentException("a transfer's amount is more than zero, is " + amountFen);
            }
            if (size == payer.length) {
                int capacity = size * 2;
                payer = Arrays.copyOf(payer, capacity);
                payee = Arrays.copyOf(payee, capacity);
                time = Arrays.copyOf(time, capacity);
                amount = Arrays.copyOf(amount, capacity);
                reference = Arrays.copyOf(reference, capacity);
            }
            payer[size] = id(from);
            payee[size] = id(to);
            time[size] = epochMillis;
            amount[size] = amountFen;
            reference[size] = ref;
            size++;
            return this;
        }

        private int id(String account) {
            if (account.isEmpty()) {
                throw new IllegalArgumentException("an account is named");
            }
            return accountIds.computeIfAbsent(account, k -> {
                accounts.add(k);
                return accounts.size() - 1;
            });
        }

        /** The graph of the transfers added so far, in time order (ties in the order added). */
        public TransferGraph build() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // a stable sort keeps transfers at the same instant in the order they were added
            Arrays.sort(order, (x, y) -> Long.compare(time[x], time[y]));
            int[] sortedPayer = new int[size];
            int[] sortedPayee = new int[size];
            long[] sortedTime = new long[size];
            long[] sortedAmount = new long[size];
            long[] sortedReference = new long[size];
            for (int i = 0; i < size; i++) {
                int t = order[i];
                sortedPayer[i] = payer[t];
                sortedPayee[i] = payee[t];
                sortedTime[i] = time[t];
                sortedAmount[i] = amount[t];
                sortedReference[i] = reference[t];
            }
            List<String> names = List.copyOf(accounts);
            return new TransferGraph(
                    names.toArray(String[]::new),
                    Map.copyOf(accountIds),
                    sortedPayer,
                    sortedPayee,
                    sortedTime,
                    sortedAmount,
                    sortedReference);
        }
    }
}

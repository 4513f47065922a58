package io.clearsky.core.funds;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Transfers between accounts held in memory as they arrive, traced while they keep arriving: the graph a replica
 * keeps so that a trace never waits for the database. Transfers may arrive late (earlier than ones already here);
 * each account's list stays in time order. A transfer that is undone later (reversed) stays in its place and moves
 * nothing from then on ({@link #reverse}): a trace then equals one on the graph without it. About 45 bytes a transfer
 * and 45 an account besides its name: 100 million transfers between 10 million accounts fit in a 6 GiB heap.
 *
 * <p>Thread-safe: writers {@link #add} one transfer or {@link #write} a batch under an exclusive lock, readers
 * {@link #read} a consistent view under a shared one.
 */
public final class LiveTransferGraph {

    // How: the transfers are numbered as they arrive and kept in columns of primitives, in chunks of 2^16 so that
    // growing never copies gigabytes; an amount takes an int (up to 21 million yuan, the rare larger one sits in a
    // map), and so does a reference, as its distance from the transfer's number (callers' references are mostly
    // ascending ids, so the distance is small; a far one sits in a map): 800 MB saved at 100 million transfers. Each
    // account has an int array of its transfers' numbers,
    // ordered by (time,
    // number); a late transfer is inserted in place, which moves only the entries after it. References are found
    // through an open-addressing table of transfer numbers, kept at most three-quarters full, that compares the
    // reference column. A read-write lock rather than a lock-free scheme: a trace reads a few hundred entries and
    // a batch of a thousand transfers is written in well under a millisecond, so neither waits long, and the
    // reasoning stays simple. A reversed transfer's amount becomes 0 in its column (the tracer and the ledgers skip
    // transfers of 0, which callers cannot add) and each of its accounts counts it in `reversedOf`, so that the degree
    // deciding whether an account is a hub leaves it out (TransferView.movedDegree); removing it from the lists would
    // move entries and renumber nothing, for no gain.

    // 2^16: a chunk (256 KiB of ints, 512 KiB of longs) stays below G1's humongous-object threshold (half a region,
    // 1 MiB at a 6 GiB heap); chunks of 2^20 were humongous and each took whole regions, twice its size for ints,
    // which was the difference between fitting 100 million transfers in 6 GiB and not
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;
    // an amount above 21,474,836.47 yuan: held in largeAmounts instead
    private static final int LARGE = -1;
    // a reference further than an int from its transfer's number: held in farReferences instead
    private static final int FAR = Integer.MIN_VALUE;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final AccountNames names = new AccountNames();
    private final View view = new View();
    private final Writer writer = new Writer();
    private int[][] payer = new int[1][];
    private int[][] payee = new int[1][];
    private long[][] time = new long[1][];
    private int[][] amount = new int[1][];
    private final Map<Integer, Long> largeAmounts = new HashMap<>();
    private int[][] reference = new int[1][];
    private final Map<Integer, Long> farReferences = new HashMap<>();
    private int size;
    private long latest = Long.MIN_VALUE;
    private int[][] lists = new int[1024][];
    private int[] listSize = new int[1024];
    private int[] reversedOf = new int[1024];
    private int reversals;
    private final ReferenceTable byReference = new ReferenceTable(0, this::referenceOf);

    /** Adds one transfer; see {@link Writer#add}. */
    public int add(long ref, String from, String to, long epochMillis, long amountFen) {
        lock.writeLock().lock();
        try {
            return writer.add(ref, from, to, epochMillis, amountFen);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Adds a batch of transfers under one lock: readers see all of them or none. */
    public void write(Consumer<Writer> batch) {
        lock.writeLock().lock();
        try {
            batch.accept(writer);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Reverses one transfer; see {@link Writer#reverse}. */
    public boolean reverse(long ref) {
        lock.writeLock().lock();
        try {
            return writer.reverse(ref);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Reads a consistent view: no transfer is added while {@code reader} runs. The view is not valid after. */
    public <T> T read(Function<TransferView, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(view);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many transfers are held. */
    public int transfers() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many of the transfers held were reversed: they stay, moving nothing. */
    public int reversed() {
        lock.readLock().lock();
        try {
            return reversals;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds and reverses transfers; handed out by {@link #write}, valid only inside it. */
    public final class Writer {

        private Writer() {}

        /**
         * Adds a transfer of {@code amountFen} (more than zero) from one account to another at {@code epochMillis}
         * and returns its number; {@code ref} is the caller's reference for it, unique in the graph.
         */
        public int add(long ref, String from, String to, long epochMillis, long amountFen) {
            if (amountFen <= 0) {
                throw new IllegalArgumentException("a transfer's amount is more than zero, is " + amountFen);
            }
            AccountNames.check(from);
            AccountNames.check(to);
            if (byReference.find(ref) >= 0) {
                throw new IllegalArgumentException("a transfer with reference " + ref + " is already here");
            }
            int a = names.intern(from);
            int b = names.intern(to);
            int t = size;
            int chunk = t >>> CHUNK_BITS;
            if ((t & MASK) == 0) {
                grow(chunk);
            }
            int at = t & MASK;
            payer[chunk][at] = a;
            payee[chunk][at] = b;
            time[chunk][at] = epochMillis;
            if (amountFen <= Integer.MAX_VALUE) {
                amount[chunk][at] = (int) amountFen;
            } else {
                amount[chunk][at] = LARGE;
                largeAmounts.put(t, amountFen);
            }
            long offset = ref - t;
            if (offset > Integer.MIN_VALUE && offset <= Integer.MAX_VALUE) {
                reference[chunk][at] = (int) offset;
            } else {
                reference[chunk][at] = FAR;
                farReferences.put(t, ref);
            }
            size++;
            list(a, t, epochMillis);
            if (b != a) {
                list(b, t, epochMillis);
            }
            latest = Math.max(latest, epochMillis);
            byReference.add(ref, t);
            return t;
        }

        /** Whether a transfer with this reference was added (reversed or not). */
        public boolean holds(long ref) {
            return byReference.find(ref) >= 0;
        }

        /**
         * Makes the transfer added with {@code ref} move nothing: it keeps its place and its accounts, its amount
         * becomes 0, and the accounts' degree as {@link TransferView#movedDegree} counts it no more. Returns whether
         * it changed anything: false if no transfer has that reference or it is reversed already.
         */
        public boolean reverse(long ref) {
            int t = byReference.find(ref);
            if (t < 0 || amount[t >>> CHUNK_BITS][t & MASK] == 0) {
                return false;
            }
            amount[t >>> CHUNK_BITS][t & MASK] = 0;
            largeAmounts.remove(t);
            int a = payer[t >>> CHUNK_BITS][t & MASK];
            int b = payee[t >>> CHUNK_BITS][t & MASK];
            reversedOf[a]++;
            if (b != a) {
                reversedOf[b]++;
            }
            reversals++;
            return true;
        }
    }

    private void grow(int chunk) {
        if (chunk == payer.length) {
            int capacity = chunk * 2;
            payer = Arrays.copyOf(payer, capacity);
            payee = Arrays.copyOf(payee, capacity);
            time = Arrays.copyOf(time, capacity);
            amount = Arrays.copyOf(amount, capacity);
            reference = Arrays.copyOf(reference, capacity);
        }
        payer[chunk] = new int[CHUNK];
        payee[chunk] = new int[CHUNK];
        time[chunk] = new long[CHUNK];
        amount[chunk] = new int[CHUNK];
        reference[chunk] = new int[CHUNK];
    }

    /** Puts transfer {@code t} into account {@code a}'s list, after every transfer not later than it. */
    private void list(int a, int t, long when) {
        if (a == lists.length) {
            int capacity = a + (a >> 1);
            lists = Arrays.copyOf(lists, capacity);
            listSize = Arrays.copyOf(listSize, capacity);
            reversedOf = Arrays.copyOf(reversedOf, capacity);
        }
        int[] list = lists[a];
        int n = listSize[a];
        if (list == null) {
            list = new int[2];
            lists[a] = list;
        } else if (n == list.length) {
            list = Arrays.copyOf(list, n + (n >> 1) + 1);
            lists[a] = list;
        }
        // t is the highest number yet, so it goes after every transfer at the same instant or earlier; a transfer
        // not earlier than any before it goes last without looking
        int i = n;
        while (when < latest && i > 0 && timeOf(list[i - 1]) > when) {
            i--;
        }
        System.arraycopy(list, i, list, i + 1, n - i);
        list[i] = t;
        listSize[a] = n + 1;
    }

    private long timeOf(int t) {
        return time[t >>> CHUNK_BITS][t & MASK];
    }

    private long referenceOf(int t) {
        int offset = reference[t >>> CHUNK_BITS][t & MASK];
        return offset != FAR ? t + (long) offset : farReferences.get(t);
    }

    /** The graph as a trace reads it; valid inside {@link #read} only. */
    private final class View implements TransferView {

        @Override
        public int transfers() {
            return size;
        }

        @Override
        public int accounts() {
            return names.size();
        }

        @Override
        public OptionalInt account(String name) {
            int a = names.find(name);
            // an account whose every transfer was reversed is as if no transfer touched it
            return a < 0 || listSize[a] == reversedOf[a] ? OptionalInt.empty() : OptionalInt.of(a);
        }

        @Override
        public String accountName(int a) {
            return names.name(a);
        }

        @Override
        public OptionalInt transferByReference(long ref) {
            int t = byReference.find(ref);
            return t < 0 ? OptionalInt.empty() : OptionalInt.of(t);
        }

        @Override
        public int payer(int transfer) {
            return payer[transfer >>> CHUNK_BITS][transfer & MASK];
        }

        @Override
        public int payee(int transfer) {
            return payee[transfer >>> CHUNK_BITS][transfer & MASK];
        }

        @Override
        public long time(int transfer) {
            return timeOf(transfer);
        }

        @Override
        public long amount(int transfer) {
            int fen = amount[transfer >>> CHUNK_BITS][transfer & MASK];
            return fen != LARGE ? fen : largeAmounts.get(transfer);
        }

        @Override
        public long reference(int transfer) {
            return referenceOf(transfer);
        }

        @Override
        public int degree(int a) {
            return listSize[a];
        }

        @Override
        public int movedDegree(int a) {
            return listSize[a] - reversedOf[a];
        }

        @Override
        public int transferOf(int a, int i) {
            return lists[a][i];
        }
    }
}

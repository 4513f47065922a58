package io.clearsky.core.funds;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Transfers shaped like a month of real payment data with fraud inside, in time order, at any size and without
 * holding them: people paying each other (payees drawn with a power-law skew, so a few are very popular), a few
 * hundred merchants that take very many payments, a salary run, and mule chains. In a chain a victim pays a level-1
 * mule, which forwards the money within minutes split over one to three level-2 mules; those merge several payments
 * and sweep them to a level-3 mule an hour or two later, and some level-3 mules cash out. Mules are ordinary accounts
 * that also pay and are paid like anyone else, so a trace has to tell their own money from the victims'.
 *
 * <p>The same size and seed give the same transfers. Transfers are numbered {@code 1, 2, …} in time order (the
 * {@code ref} a {@link TransferSink} receives); accounts are numbers below {@link #accounts()}, named by {@link
 * #name(int)}. Times span {@value #DAYS} days from {@link #START_MILLIS} with a daily rhythm (quiet nights, busy
 * lunchtimes and evenings, China Standard Time).
 */
public final class SyntheticTransfers {

    // How: three streams merged by time. Background transfers (people, merchants, victims' payments) come one per
    // step with exponential gaps whose mean follows the hour of the day, scaled so the steps fill the period; the
    // salary run is a fixed sequence on one morning; and what a victim's payment sets off (forwards, sweeps,
    // cash-outs) waits in a priority queue until its time comes. Each step emits the earliest of the three, so the
    // output is in time order and the queue holds only the chains in flight: a few thousand entries at any size.
    // One SplittableRandom, drawn from in emission order, makes the run deterministic.

    /** Receives one transfer: {@code ref} is its number, {@code amountFen} is more than zero. */
    @FunctionalInterface
    public interface TransferSink {
        void transfer(long ref, int from, int to, long epochMillis, long amountFen);
    }

    /** 2026-10-01 00:00 China Standard Time. */
    public static final long START_MILLIS = OffsetDateTime.of(2026, 10, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8))
            .toInstant()
            .toEpochMilli();

    /** How many days the transfers span. */
    public static final int DAYS = 30;

    static final long MINUTE = 60_000L;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    /** Accounts 0 .. MERCHANTS-1 are merchants, then employers, then cash-out points, then people. */
    static final int MERCHANTS = 300;

    static final int EMPLOYERS = 100;
    static final int CASH_OUTLETS = 40;
    static final int FIRST_PERSON = MERCHANTS + EMPLOYERS + CASH_OUTLETS;
    static final int MIN_ACCOUNTS = FIRST_PERSON + 1_000;

    /** One background step in this many is a victim's payment into a mule chain, on average. */
    static final int VICTIM_EVERY = 400;

    /** Transfers per gang of mules: more transfers, more gangs. */
    static final long TRANSFERS_PER_GANG = 40_000;

    static final int L1_MULES = 12;
    static final int L2_MULES = 4;
    static final int L3_MULES = 2;

    /** The share of background steps that pay a merchant; the rest pay a person. */
    static final double MERCHANT_SHARE = 0.18;

    /** One person in this many is paid a salary, on the morning of the tenth day. */
    static final int SALARY_EVERY = 20;

    /** Seed payments are taken from the first part of the period, so their chains are complete. */
    static final double SEEDS_WITHIN = 0.8;

    // relative activity by hour of the day, China Standard Time; normalised to a mean of 1
    private static final double[] RHYTHM = normalised(new double[] {
        0.35, 0.2, 0.12, 0.08, 0.07, 0.1, 0.3, 0.7, 1.1, 1.3, 1.4, 1.5, 1.6, 1.3, 1.3, 1.3, 1.3, 1.4, 1.5, 1.6, 1.7,
        1.6, 1.2, 0.7
    });

    private final long transfers;
    private final int accounts;
    private final long seed;

    private SyntheticTransfers(long transfers, int accounts, long seed) {
        if (transfers < 1) {
            throw new IllegalArgumentException("at least one transfer, not " + transfers);
        }
        if (accounts < MIN_ACCOUNTS) {
            throw new IllegalArgumentException("at least " + MIN_ACCOUNTS + " accounts, not " + accounts);
        }
        this.transfers = transfers;
        this.accounts = accounts;
        this.seed = seed;
    }

    /** {@code transfers} transfers between a tenth as many accounts (at least {@value #MIN_ACCOUNTS}). */
    public static SyntheticTransfers of(long transfers, long seed) {
        return of(transfers, (int) Math.min(Integer.MAX_VALUE, Math.max(MIN_ACCOUNTS, transfers / 10)), seed);
    }

    /** {@code transfers} transfers between {@code accounts} accounts. */
    public static SyntheticTransfers of(long transfers, int accounts, long seed) {
        return new SyntheticTransfers(transfers, accounts, seed);
    }

    public long transfers() {
        return transfers;
    }

    public int accounts() {
        return accounts;
    }

    public long seed() {
        return seed;
    }

    /** A stable name of an account, e.g. {@code "acct:123456"}. */
    public static String name(int account) {
        return "acct:" + account;
    }

    /** Hands every transfer to {@code sink}, in time order (ties in ref order), numbered from 1. */
    public void forEach(TransferSink sink) {
        new Run().emit(sink, Long.MAX_VALUE, null);
    }

    /**
     * The refs of {@code count} victims' payments into mule chains, in time order, spread evenly over the first
     * {@value #SEEDS_WITHIN} of the period (so the money has had time to move on): seeds for traces. Generates the
     * transfers up to there.
     *
     * @throws IllegalArgumentException if there are fewer victims' payments than {@code count} at this size
     */
    public long[] victimPayments(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one payment, not " + count);
        }
        long until = START_MILLIS + (long) (SEEDS_WITHIN * DAYS * DAY);
        Victims victims = new Victims();
        new Run().emit((ref, from, to, epochMillis, amountFen) -> {}, until, victims);
        if (victims.size < count) {
            throw new IllegalArgumentException(String.format(
                    "%,d transfers hold %,d victims' payments before the last part of the period, not %,d",
                    transfers, victims.size, count));
        }
        long[] refs = new long[count];
        for (int i = 0; i < count; i++) {
            refs[i] = victims.refs[(int) ((long) i * victims.size / count)];
        }
        return refs;
    }

    private static double[] normalised(double[] weights) {
        double mean = Arrays.stream(weights).average().orElseThrow();
        return Arrays.stream(weights).map(w -> w / mean).toArray();
    }

    /** Refs of victims' payments, as they come. */
    private static final class Victims {
        long[] refs = new long[1024];
        int size;

        void add(long ref) {
            if (size == refs.length) {
                refs = Arrays.copyOf(refs, size * 2);
            }
            refs[size++] = ref;
        }
    }

    /** What a chain does next, at its time. */
    private enum Kind {
        /** A level-1 mule forwards part of a victim's money to a level-2 mule. */
        FORWARD,
        /** A level-2 mule sweeps what it gathered to a level-3 mule. */
        SWEEP,
        /** A level-3 mule pays a cash-out point. */
        CASH_OUT
    }

    private record Pending(long time, long order, Kind kind, int from, int to, long amount, int gang, int slot)
            implements Comparable<Pending> {

        @Override
        public int compareTo(Pending other) {
            int byTime = Long.compare(time, other.time);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    /** One pass over the transfers. */
    private final class Run {

        private final SplittableRandom random = new SplittableRandom(seed);
        private final int persons = accounts - FIRST_PERSON;
        private final double meanGap = (double) DAYS * DAY / transfers;
        private final PriorityQueue<Pending> pending = new PriorityQueue<>();
        private final int[][] l1;
        private final int[][] l2;
        private final int[][] l3;
        private final long[][] gathered;
        private final long salaryStart = START_MILLIS + 9 * DAY + 9 * HOUR;
        private final int salaries = persons / SALARY_EVERY;
        private long order;
        private double clock = START_MILLIS;
        private int salary;

        Run() {
            int gangs = (int) Math.max(1, transfers / TRANSFERS_PER_GANG);
            l1 = new int[gangs][L1_MULES];
            l2 = new int[gangs][L2_MULES];
            l3 = new int[gangs][L3_MULES];
            gathered = new long[gangs][L2_MULES];
            for (int g = 0; g < gangs; g++) {
                for (int[] level : new int[][] {l1[g], l2[g], l3[g]}) {
                    for (int i = 0; i < level.length; i++) {
                        level[i] = quietPerson();
                    }
                }
            }
            clock += gap();
        }

        void emit(TransferSink sink, long until, Victims victims) {
            long ref = 0;
            while (ref < transfers) {
                long background = (long) clock;
                long salaryTime = salary < salaries ? salaryStart + salary * 30L : Long.MAX_VALUE;
                Pending next = pending.peek();
                long chainTime = next == null ? Long.MAX_VALUE : next.time();
                long time = Math.min(background, Math.min(salaryTime, chainTime));
                if (time > until) {
                    return;
                }
                ref++;
                if (chainTime == time) {
                    pending.poll();
                    chain(next, ref, sink);
                } else if (salaryTime == time) {
                    int employer = MERCHANTS + (int) ((long) salary * EMPLOYERS / salaries);
                    int employee = FIRST_PERSON + (int) ((long) salary * SALARY_EVERY % persons);
                    sink.transfer(ref, employer, employee, time, amount(900_000, 0.4, 300_000));
                    salary++;
                } else {
                    background(ref, time, sink, victims);
                    clock += gap();
                }
            }
        }

        private void background(long ref, long time, TransferSink sink, Victims victims) {
            int payer = FIRST_PERSON + random.nextInt(persons);
            if (random.nextInt(VICTIM_EVERY) == 0) {
                int gang = random.nextInt(l1.length);
                int mule = l1[gang][random.nextInt(L1_MULES)];
                if (mule == payer) {
                    payer = FIRST_PERSON;
                }
                long amount = amount(1_000_000, 0.9, 50_000);
                sink.transfer(ref, payer, mule, time, amount);
                if (victims != null) {
                    victims.add(ref);
                }
                forward(gang, mule, time, amount);
                return;
            }
            if (random.nextDouble() < MERCHANT_SHARE) {
                double u = random.nextDouble();
                sink.transfer(ref, payer, (int) (u * u * MERCHANTS), time, amount(5_000, 1.0, 100));
                return;
            }
            int payee = popularPerson();
            if (payee == payer) {
                payee = payee + 1 < accounts ? payee + 1 : FIRST_PERSON;
            }
            sink.transfer(ref, payer, payee, time, amount(20_000, 1.2, 100));
        }

        /** The level-1 mule splits nearly all of it over one to three level-2 mules, within minutes. */
        private void forward(int gang, int mule, long time, long amount) {
            int parts = 1 + random.nextInt(3);
            long left = amount - amount * random.nextInt(4) / 100;
            int first = random.nextInt(L2_MULES);
            long at = time + MINUTE + random.nextLong(10 * MINUTE);
            for (int p = 0; p < parts; p++) {
                int after = parts - p - 1;
                long part = after == 0
                        ? left
                        : Math.max(1, Math.min(left - after, left * (70 + random.nextInt(61)) / 100 / (after + 1)));
                left -= part;
                int slot = (first + p) % L2_MULES;
                schedule(at, Kind.FORWARD, mule, l2[gang][slot], part, gang, slot);
                at += 30_000 + random.nextLong(3 * MINUTE);
            }
        }

        private void chain(Pending step, long ref, TransferSink sink) {
            switch (step.kind()) {
                case FORWARD -> {
                    sink.transfer(ref, step.from(), step.to(), step.time(), step.amount());
                    // a level-2 mule gathers what comes in and sweeps it all at once, an hour or two after the first
                    if (gathered[step.gang()][step.slot()] == 0) {
                        long at = step.time() + 30 * MINUTE + random.nextLong(150 * MINUTE);
                        schedule(at, Kind.SWEEP, step.to(), -1, 0, step.gang(), step.slot());
                    }
                    gathered[step.gang()][step.slot()] += step.amount();
                }
                case SWEEP -> {
                    long amount = gathered[step.gang()][step.slot()];
                    gathered[step.gang()][step.slot()] = 0;
                    int to = l3[step.gang()][random.nextInt(L3_MULES)];
                    sink.transfer(ref, step.from(), to, step.time(), amount);
                    if (random.nextInt(10) < 6) {
                        long at = step.time() + 10 * MINUTE + random.nextLong(110 * MINUTE);
                        long out = amount - amount * random.nextInt(3) / 100;
                        schedule(
                                at,
                                Kind.CASH_OUT,
                                to,
                                MERCHANTS + EMPLOYERS + random.nextInt(CASH_OUTLETS),
                                out,
                                step.gang(),
                                -1);
                    }
                }
                case CASH_OUT -> sink.transfer(ref, step.from(), step.to(), step.time(), step.amount());
            }
        }

        private void schedule(long time, Kind kind, int from, int to, long amount, int gang, int slot) {
            pending.add(new Pending(time, order++, kind, from, to, amount, gang, slot));
        }

        /** The next gap between background transfers: exponential, shorter at busy hours. */
        private double gap() {
            int hour = (int) (((long) clock - START_MILLIS) / HOUR % 24);
            return -Math.log(1 - random.nextDouble()) * meanGap / RHYTHM[hour];
        }

        /** A payee with a power-law skew: person {@code k} is paid about {@code 1/sqrt(k)} as often as the first. */
        private int popularPerson() {
            double u = random.nextDouble();
            return FIRST_PERSON + (int) (u * u * persons);
        }

        /** A person from the less popular half: mules are rented everyday accounts. */
        private int quietPerson() {
            return FIRST_PERSON + persons / 2 + random.nextInt(persons - persons / 2);
        }

        /** A log-normal amount in fen around {@code median}, at least {@code floor}. */
        private long amount(long median, double sigma, long floor) {
            return Math.max(floor, (long) (median * Math.exp(sigma * random.nextGaussian())));
        }
    }
}

package io.clearsky.core.warning;

import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToLongFunction;

/**
 * The embedded risk engine: {@link RiskRules} over states kept in memory, safe for many threads. The states live in
 * striped hash maps keyed by {@link Keys}; an event's keys are applied one at a time, each under its stripe's lock,
 * so two threads never wait on each other for long and never deadlock. Events of one key are applied in the order
 * their threads take its lock; a single thread feeding a stream gets exactly the decisions the Flink job makes.
 *
 * <p>{@link #reload} swaps the rules between two events: every event is decided whole by one version, none is
 * dropped, and the states carry over. {@link #expire} frees the states whose windows and memories have run out.
 */
public final class RiskEngine {

    private static final int STRIPES = 256;

    /** The number of parts {@link #expireNext} goes through in turn. */
    public static final int PARTS = STRIPES;

    private final AtomicReference<RiskRules> rules;
    private final Stripe[] stripes = new Stripe[STRIPES];
    private final AtomicLong latestEvent = new AtomicLong(Long.MIN_VALUE);
    private final AtomicInteger nextPart = new AtomicInteger();

    public RiskEngine(RuleSet rules, Watchlist watchlist) {
        this(new RiskRules(rules, watchlist));
    }

    public RiskEngine(RiskRules rules) {
        this.rules = new AtomicReference<>(rules);
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe();
        }
    }

    /** Decides one event: the decisions of every rule it fired, none when it fired no rule. */
    public List<Decision> process(RiskEvent event) {
        RiskRules current = rules.get();
        List<Decision> decisions = new ArrayList<>(0);
        for (RiskRules.Routed routed : current.route(event)) {
            Stripe stripe = stripes[stripeOf(routed.key())];
            stripe.lock.lock();
            try {
                stripe.apply(current, routed, event, decisions);
            } finally {
                stripe.lock.unlock();
            }
        }
        latestEvent.accumulateAndGet(event.at().toEpochMilli(), Math::max);
        return decisions;
    }

    /** Runs the next events under other rules, keeping every state. */
    public void reload(RiskRules next) {
        rules.set(next);
    }

    /** The rules deciding now. */
    public RiskRules rules() {
        return rules.get();
    }

    /** Keys with state held. */
    public long stateCount() {
        return sum(stripe -> stripe.states.size() + stripe.smallNumbers.size());
    }

    /** Blocks of the stripes' arenas holding subscribers' contacts now (see {@link ByteArena}). */
    long contactBlocksInUse() {
        return sum(stripe -> stripe.bytes.blocksInUse());
    }

    /** Longs of the stripes' arenas holding payee and payer memories now (see {@link LongArena}). */
    long memoryLongsInUse() {
        return sum(stripe -> stripe.longs.longsInUse());
    }

    private long sum(ToLongFunction<Stripe> count) {
        long total = 0;
        for (Stripe stripe : stripes) {
            stripe.lock.lock();
            try {
                total += count.applyAsLong(stripe);
            } finally {
                stripe.lock.unlock();
            }
        }
        return total;
    }

    /** The latest event time seen, in epoch milliseconds, or {@code Long.MIN_VALUE} before any. */
    public long latestEventMillis() {
        return latestEvent.get();
    }

    /**
     * Drops the states that can no longer change a decision by the given event time (epoch milliseconds): those
     * whose {@link KeyState#retainUntil} has passed. Returns how many were dropped. A pass over millions of states
     * takes about a second of one core; an engine that must answer within milliseconds meanwhile calls {@link
     * #expireNext} instead, {@link #PARTS} times a period.
     */
    public int expire(long eventTimeMillis) {
        int dropped = 0;
        for (int part = 0; part < PARTS; part++) {
            dropped += expire(stripes[part], eventTimeMillis);
        }
        return dropped;
    }

    /**
     * Drops the expired states (as {@link #expire} does) of one part of the engine, the next in turn: a
     * {@link #PARTS}-th of the states, under one stripe's lock for a few milliseconds. Spread out, these calls keep
     * expiry from taking a core and the stripes' locks for a second at a time.
     */
    public int expireNext(long eventTimeMillis) {
        return expire(stripes[Math.floorMod(nextPart.getAndIncrement(), PARTS)], eventTimeMillis);
    }

    private int expire(Stripe stripe, long eventTimeMillis) {
        RuleSet ruleSet = rules.get().ruleSet();
        int dropped = 0;
        stripe.lock.lock();
        try {
            ObjectIterator<Long2ObjectMap.Entry<KeyState>> entries =
                    stripe.states.long2ObjectEntrySet().fastIterator();
            while (entries.hasNext()) {
                KeyState state = entries.next().getValue();
                if (state.retainUntil(ruleSet) < eventTimeMillis) {
                    entries.remove();
                    state.release();
                    dropped++;
                }
            }
            dropped += stripe.smallNumbers.expire(eventTimeMillis, ruleSet);
        } finally {
            stripe.lock.unlock();
        }
        return dropped;
    }

    private static int stripeOf(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 56) & (STRIPES - 1);
    }

    /**
     * One stripe's states: as objects, except the states of numbers that placed only a few calls, which are kept in
     * primitive columns ({@link SmallNumberStates}) so that the garbage collector does not have to copy and scan them.
     * A key's state is in one of the two, never both. For the same reason, subscribers keep their risky contacts in
     * the stripe's {@link ByteArena}, and subscribers and accounts their payee or payer memories in its {@link
     * LongArena}.
     */
    private static final class Stripe {
        final ReentrantLock lock = new ReentrantLock();
        final Long2ObjectOpenHashMap<KeyState> states = new Long2ObjectOpenHashMap<>();
        final SmallNumberStates smallNumbers = new SmallNumberStates();
        final ByteArena bytes = new ByteArena();
        final LongArena longs = new LongArena();

        /** Runs one key's rules on its state and keeps the state they return. Called under {@link #lock}. */
        void apply(RiskRules rules, RiskRules.Routed routed, RiskEvent event, List<Decision> decisions) {
            long key = routed.key();
            boolean numberKey = routed.role() == Role.CALLER || routed.role() == Role.CALLED;
            KeyState state = states.get(key);
            boolean small = false;
            if (state == null && numberKey) {
                state = smallNumbers.get(key);
                small = state != null;
            }
            KeyState next = rules.apply(state, event, routed.role(), decisions);
            if (next != null) {
                next.keepIn(bytes, longs);
            }
            if (state != null && next != state) {
                state.release();
            }
            if (next instanceof NumberState number && SmallNumberStates.fits(number)) {
                smallNumbers.put(key, number);
                if (state != null && !small) {
                    states.remove(key);
                }
                return;
            }
            if (small) {
                smallNumbers.remove(key);
            }
            if (next == null) {
                if (state != null && !small) {
                    states.remove(key);
                }
            } else if (next != state || small) {
                states.put(key, next);
            }
        }
    }
}

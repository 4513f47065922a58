package io.clearsky.simulator;

import io.clearsky.core.indicator.ScamType;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A fraud gang's working state: the scam types it works, its rotating pool of phone numbers, its phishing domains
 * and chat accounts, and its three levels of mule accounts with the money waiting on the second level.
 */
final class Gang {

    /** Numbers a gang can hold over a world's life, historical ones included. */
    static final int MAX_NUMBERS = 20_000;

    final int id;
    final @Nullable City base;
    final boolean overseas;
    final List<ScamType> types;
    final double[] typeWeights;
    final double contactsPerDay;
    final String[] domains;
    final String[] chats;
    final String[] level1;
    final String[] level2;
    final String[] level3;
    final long[] level2Balance;
    final boolean[] level2SweepScheduled;
    final SplittableRandom random;

    private final String[] slotNumber;
    private final long[] slotActiveFrom;
    private final long[] slotRetires;
    private final double lifetimeSeconds;
    private int numbersUsed;

    Gang(
            int id,
            @Nullable City base,
            boolean overseas,
            List<ScamType> types,
            double[] typeWeights,
            double contactsPerDay,
            String[] domains,
            String[] chats,
            String[] level1,
            String[] level2,
            String[] level3,
            int slots,
            double lifetimeDays,
            SplittableRandom random) {
        this.id = id;
        this.base = base;
        this.overseas = overseas;
        this.types = List.copyOf(types);
        this.typeWeights = typeWeights;
        this.contactsPerDay = contactsPerDay;
        this.domains = domains;
        this.chats = chats;
        this.level1 = level1;
        this.level2 = level2;
        this.level3 = level3;
        this.level2Balance = new long[level2.length];
        this.level2SweepScheduled = new boolean[level2.length];
        this.random = random;
        this.slotNumber = new String[slots];
        this.slotActiveFrom = new long[slots];
        this.slotRetires = new long[slots];
        this.lifetimeSeconds = lifetimeDays * 86_400;
    }

    /** A number acquired, with the time it went into use and the time the gang drops it. */
    record Number(String e164, long activeFrom, long activeTo) {}

    /** The next number the gang buys: a third of them on virtual-operator prefixes, as gangs prefer. */
    Number acquire(long activeFrom) {
        if (numbersUsed >= MAX_NUMBERS) {
            throw new IllegalStateException("gang " + id + " used up its " + MAX_NUMBERS + " numbers");
        }
        boolean virtual = random.nextDouble() < 0.3;
        String e164 = MobileNumbers.gang((long) id * MAX_NUMBERS + numbersUsed++, virtual);
        long lifetime = Math.max(3_600, (long) Seeds.exponential(random, lifetimeSeconds));
        return new Number(e164, activeFrom, activeFrom + lifetime);
    }

    /** Fills the number slots at the start; every number is already some way through its life. */
    void start(long startSecond, java.util.function.Consumer<Number> acquired) {
        for (int slot = 0; slot < slotNumber.length; slot++) {
            Number number = acquire(startSecond - (long) (random.nextDouble() * lifetimeSeconds));
            while (number.activeTo() <= startSecond) {
                acquired.accept(number);
                number = acquire(number.activeTo());
            }
            put(slot, number);
            acquired.accept(number);
        }
    }

    /** The number in a slot at a time, replacing retired ones (each replacement is reported to {@code acquired}). */
    String numberAt(int slot, long second, java.util.function.Consumer<Number> acquired) {
        while (slotRetires[slot] <= second) {
            Number next = acquire(slotRetires[slot]);
            put(slot, next);
            acquired.accept(next);
        }
        return slotNumber[slot];
    }

    int slots() {
        return slotNumber.length;
    }

    /** When the number now in a slot retires. */
    long retires(int slot) {
        return slotRetires[slot];
    }

    /**
     * The number a slot holds at a time, without replacing a retired one (and so without drawing from the gang's
     * random stream): null when the slot's number retired before then, or came into use after.
     */
    @Nullable
    String peek(int slot, long second) {
        return slotActiveFrom[slot] <= second && second < slotRetires[slot] ? slotNumber[slot] : null;
    }

    ScamType pickType() {
        double r = random.nextDouble();
        for (int t = 0; t < types.size() - 1; t++) {
            r -= typeWeights[t];
            if (r < 0) {
                return types.get(t);
            }
        }
        return types.get(types.size() - 1);
    }

    String url() {
        String domain = domains[random.nextInt(domains.length)];
        String[] paths = {"/invite?code=", "/app/download?ch=", "/vip/login?ref=", "/h5/task?uid="};
        return "https://" + domain + paths[random.nextInt(paths.length)]
                + Integer.toString(random.nextInt(1 << 20), 36);
    }

    private void put(int slot, Number number) {
        slotNumber[slot] = number.e164();
        slotActiveFrom[slot] = number.activeFrom();
        slotRetires[slot] = number.activeTo();
    }

    static Instant instant(long second) {
        return Instant.ofEpochSecond(second);
    }
}

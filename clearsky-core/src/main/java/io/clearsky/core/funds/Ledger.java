package io.clearsky.core.funds;

import java.math.BigInteger;
import java.util.Arrays;

/** One account's money during a trace: what came in, how much of it is traced, and what each outflow takes. */
abstract sealed class Ledger {

    static Ledger of(Apportionment method) {
        return switch (method) {
            case FIFO -> new Fifo();
            case PROPORTIONAL -> new Proportional();
        };
    }

    /** Money comes in: {@code amount} fen, {@code traced} of them traced. */
    abstract void in(long amount, long traced);

    /** Money goes out: {@code amount} fen; returns how many of them are traced. */
    abstract long out(long amount);

    /** Traced fen still in the account. */
    abstract long traced();

    /** {@code part} of {@code whole} applied to {@code x}, rounded down, without overflow. */
    static long share(long x, long part, long whole) {
        if (part == 0) {
            return 0;
        }
        if (part == whole) {
            return x;
        }
        long high = Math.multiplyHigh(x, part);
        if (high == 0 && x * part >= 0) {
            return x * part / whole;
        }
        return BigInteger.valueOf(x)
                .multiply(BigInteger.valueOf(part))
                .divide(BigInteger.valueOf(whole))
                .longValueExact();
    }

    /** Lots in arrival order; neighbouring lots of the same traced share are merged, so a queue stays short. */
    static final class Fifo extends Ledger {

        private long[] amount = new long[8];
        private long[] traced = new long[8];
        private int head;
        private int tail;
        private long tracedTotal;

        @Override
        void in(long amountIn, long tracedIn) {
            if (tail > head) {
                int last = tail - 1;
                boolean bothClean = tracedIn == 0 && traced[last] == 0;
                boolean bothTraced = tracedIn == amountIn && traced[last] == amount[last];
                if (bothClean || bothTraced) {
                    amount[last] += amountIn;
                    traced[last] += tracedIn;
                    tracedTotal += tracedIn;
                    return;
                }
            }
            if (tail == amount.length) {
                int live = tail - head;
                if (head > 0 && live < amount.length / 2) {
                    System.arraycopy(amount, head, amount, 0, live);
                    System.arraycopy(traced, head, traced, 0, live);
                } else {
                    amount = Arrays.copyOfRange(amount, head, head + amount.length * 2);
                    traced = Arrays.copyOfRange(traced, head, head + traced.length * 2);
                }
                head = 0;
                tail = live;
            }
            amount[tail] = amountIn;
            traced[tail] = tracedIn;
            tail++;
            tracedTotal += tracedIn;
        }

        @Override
        long out(long amountOut) {
            long left = amountOut;
            long taken = 0;
            while (left > 0 && head < tail) {
                if (amount[head] <= left) {
                    left -= amount[head];
                    taken += traced[head];
                    head++;
                } else {
                    long part = share(left, traced[head], amount[head]);
                    amount[head] -= left;
                    traced[head] -= part;
                    taken += part;
                    left = 0;
                }
            }
            // what is left came from money held before the first transfer on record: not traced
            tracedTotal -= taken;
            return taken;
        }

        @Override
        long traced() {
            return tracedTotal;
        }
    }

    /** One pool: every outflow carries the pool's traced share. */
    static final class Proportional extends Ledger {

        private long balance;
        private long tracedTotal;

        @Override
        void in(long amountIn, long tracedIn) {
            balance += amountIn;
            tracedTotal += tracedIn;
        }

        @Override
        long out(long amountOut) {
            if (balance <= 0) {
                return 0;
            }
            long fromKnown = Math.min(amountOut, balance);
            long taken = share(fromKnown, tracedTotal, balance);
            balance -= fromKnown;
            tracedTotal -= taken;
            return taken;
        }

        @Override
        long traced() {
            return tracedTotal;
        }
    }
}

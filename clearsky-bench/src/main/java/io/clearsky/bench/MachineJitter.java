package io.clearsky.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of its time a busy thread loses to the machine: each thread reads the clock in a loop, allocating nothing,
 * and counts the gaps between two readings longer than 1 ms (the operating system ran something else, or the host
 * ran another guest). Run it before trusting a latency figure from a shared VM: a gap here is a stall that a
 * benchmark would blame on the code it measures.
 *
 * <pre>
 * java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.MachineJitter [threads (2)] [seconds (30)]
 * </pre>
 */
public final class MachineJitter {

    private static final long MILLI = 1_000_000L;

    private MachineJitter() {}

    /** What one thread saw: gaps over 1, 5, 20 and 50 ms, the longest, and the time lost in gaps over 1 ms. */
    record Gaps(long over1, long over5, long over20, long over50, long longestNanos, long lostNanos, long spanNanos) {

        double lostShare() {
            return spanNanos == 0 ? 0 : (double) lostNanos / spanNanos;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        if (threads < 1 || seconds < 1) {
            throw new IllegalArgumentException("threads and seconds are positive");
        }
        for (Gaps gaps : measure(threads, seconds * 1_000L * MILLI)) {
            System.out.printf(
                    "gaps over 1 ms: %d, over 5 ms: %d, over 20 ms: %d, over 50 ms: %d; longest %.1f ms;"
                            + " lost %.0f ms of %.0f s (%.2f%%)%n",
                    gaps.over1(),
                    gaps.over5(),
                    gaps.over20(),
                    gaps.over50(),
                    gaps.longestNanos() / (double) MILLI,
                    gaps.lostNanos() / (double) MILLI,
                    gaps.spanNanos() / 1e9,
                    100 * gaps.lostShare());
        }
    }

    /** Runs {@code threads} threads for {@code nanos} and returns what each saw. */
    static List<Gaps> measure(int threads, long nanos) throws InterruptedException {
        Gaps[] seen = new Gaps[threads];
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread thread = new Thread(() -> seen[index] = watch(nanos), "jitter-" + t);
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        return List.of(seen);
    }

    private static Gaps watch(long nanos) {
        long start = System.nanoTime();
        long end = start + nanos;
        long last = start;
        long over1 = 0;
        long over5 = 0;
        long over20 = 0;
        long over50 = 0;
        long longest = 0;
        long lost = 0;
        while (last < end) {
            long now = System.nanoTime();
            long gap = now - last;
            if (gap > MILLI) {
                over1++;
                lost += gap;
                if (gap > 5 * MILLI) {
                    over5++;
                }
                if (gap > 20 * MILLI) {
                    over20++;
                }
                if (gap > 50 * MILLI) {
                    over50++;
                }
            }
            longest = Math.max(longest, gap);
            last = now;
        }
        return new Gaps(over1, over5, over20, over50, longest, lost, last - start);
    }
}

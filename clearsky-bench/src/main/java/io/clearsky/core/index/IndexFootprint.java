package io.clearsky.core.index;

import io.clearsky.core.identifier.SyntheticPhoneNumbers;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * Measures the heap retained by an {@link IndicatorIndex} of 10 million phone numbers, and by the fastutil peer
 * holding the same entries; exits with status 1 when our index needs more than 1 GiB.
 *
 * <p>Run with (the optional argument is the number of phone numbers; {@code -Xmx1g} proves the index fits):
 *
 * <pre>
 * java -Xmx1g -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.core.index.IndexFootprint [10000000]
 * </pre>
 */
public final class IndexFootprint {

    // How: the keys are generated first, so they count in the baseline, not in the index. Retained
    // heap is the used heap after garbage collection, read until two collections in a row free
    // nothing more, after building the table minus before. Our index is dropped before the peer is
    // built, so each is measured alone and the whole run fits in -Xmx1g.

    private static final long LIMIT = 1L << 30;
    private static final double MIB = 1 << 20;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private IndexFootprint() {}

    /** What {@link #measure} found: the heap each table retains holding the same phone numbers. */
    public record Footprint(int phoneNumbers, long indexBytes, long fastutilBytes) {

        /** Whether our index fits the 1 GiB target. */
        public boolean withinLimit() {
            return indexBytes <= LIMIT;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        System.out.printf(
                Locale.ROOT,
                "%,d phone numbers, max heap %.0f MiB%n",
                count,
                Runtime.getRuntime().maxMemory() / MIB);
        Footprint footprint = measure(count);
        report("IndicatorIndex", footprint.indexBytes(), count);
        report("fastutil Long2LongOpenHashMap", footprint.fastutilBytes(), count);
        System.out.printf(
                Locale.ROOT,
                "IndicatorIndex / fastutil: %.2f; IndicatorIndex within 1 GiB: %s%n",
                (double) footprint.indexBytes() / footprint.fastutilBytes(),
                footprint.withinLimit() ? "yes" : "NO");
        if (!footprint.withinLimit()) {
            System.exit(1);
        }
    }

    /**
     * Builds our index and then the fastutil peer from {@code count} generated phone numbers and measures the heap
     * each retains; fails if either loses an entry.
     */
    public static Footprint measure(int count) throws InterruptedException {
        long[] keys = SyntheticPhoneNumbers.distinctMobileKeys(IndicatorIndexBenchmark.KEY_SEED, count);

        long before = settledUsedHeap();
        IndicatorIndex index = PhoneIndexes.ours(keys);
        long ours = settledUsedHeap() - before;
        int found = 0;
        for (long key : keys) {
            found += index.getPhone(key) == PhoneIndexes.stateOf(key) ? 1 : 0;
        }
        requireAll("IndicatorIndex", found, count);
        Reference.reachabilityFence(index);
        index = null;

        before = settledUsedHeap();
        Long2LongOpenHashMap fastutil = PhoneIndexes.fastutil(keys);
        long peer = settledUsedHeap() - before;
        found = 0;
        for (long key : keys) {
            found += fastutil.get(key) == PhoneIndexes.stateOf(key) ? 1 : 0;
        }
        requireAll("fastutil Long2LongOpenHashMap", found, count);
        Reference.reachabilityFence(fastutil);
        return new Footprint(count, ours, peer);
    }

    private static void requireAll(String name, int found, int count) {
        if (found != count) {
            throw new IllegalStateException(name + " lost entries: " + found + " of " + count + " found");
        }
    }

    private static void report(String name, long retained, int count) {
        System.out.printf(
                Locale.ROOT,
                "%-30s retained %8.1f MiB, %5.1f bytes a number (%,d of %,d found)%n",
                name,
                retained / MIB,
                (double) retained / count,
                count,
                count);
    }

    /** The used heap once repeated collections stop lowering it. */
    public static long settledUsedHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int collections = 0; collections < 10; collections++) {
            System.gc();
            Thread.sleep(50);
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used && collections >= 2) {
                return Math.min(now, used);
            }
            used = Math.min(now, used);
        }
        return used;
    }
}

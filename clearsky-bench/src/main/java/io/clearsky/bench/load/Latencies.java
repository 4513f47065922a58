package io.clearsky.bench.load;

import java.util.Arrays;
import java.util.Collection;

/** Every latency one thread recorded, in nanoseconds; merged and sorted once at the end for the percentiles. */
final class Latencies {

    // A batch phase records some thousands of answers and a single phase some tens of thousands: a growing
    // long[] keeps every one, so the percentiles are exact (nearest rank) and need no histogram library.

    private long[] nanos = new long[1024];
    private int count;

    void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, nanos.length * 2);
        }
        nanos[count++] = latencyNanos;
    }

    /** Adds every latency another recorder holds. */
    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            record(other.nanos[i]);
        }
    }

    int count() {
        return count;
    }

    /** One percentile (0 to 1, nearest rank) of every latency of these recorders together, in nanoseconds. */
    static double percentile(Collection<Latencies> recorders, double quantile) {
        return PostgresPeer.percentile(sorted(recorders), quantile);
    }

    private static long[] sorted(Collection<Latencies> recorders) {
        long[] all = new long[recorders.stream().mapToInt(Latencies::count).sum()];
        int at = 0;
        for (Latencies recorder : recorders) {
            System.arraycopy(recorder.nanos, 0, all, at, recorder.count);
            at += recorder.count;
        }
        Arrays.sort(all);
        return all;
    }

    /** The percentiles of every latency of these recorders together. */
    static Summary summarise(Collection<Latencies> recorders) {
        long[] all = sorted(recorders);
        return new Summary(
                all.length,
                PostgresPeer.percentile(all, 0.50) / 1e6,
                PostgresPeer.percentile(all, 0.99) / 1e6,
                all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6);
    }

    /** How many latencies there were and their median, 99th percentile and maximum in milliseconds (NaN if none). */
    record Summary(long count, double p50Millis, double p99Millis, double maxMillis) {}
}

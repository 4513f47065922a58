package io.clearsky.core.index;

import io.clearsky.core.identifier.SyntheticPhoneNumbers;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Lookups of normalised phone number keys in an {@link IndicatorIndex} of 10 million Chinese mobile numbers, side by
 * side with fastutil's {@code Long2LongOpenHashMap} holding the same entries.
 *
 * <p>The probes are 4,194,304 pre-built keys, half of them listed (uniformly chosen among the 10 million) and half
 * unlisted valid mobile numbers, in a fixed random order; see {@link SyntheticPhoneNumbers#probes}. Each thread walks
 * them from its own offset. {@code lookup} is one lookup per operation; {@code lookupBatch} makes 1,000 independent
 * lookups per invocation, so the CPU can overlap their cache misses; {@code lookupAll} is the two-pass batch lookup
 * the batch check uses. Building the index and
 * the peer takes some seconds per fork. The target is 20 million lookups per second on one core.
 *
 * <p>Run with (both tables, about 270 MB each, and the probes live in the same JVM):
 *
 * <pre>
 * java -jar clearsky-bench/target/clearsky-benchmarks.jar IndicatorIndexBenchmark -f 1 -wi 3 -w 5s -i 5 -r 5s -t 1 -jvmArgs "-Xms2g -Xmx2g"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IndicatorIndexBenchmark {

    static final long KEY_SEED = 20_240_501L;
    static final long PROBE_SEED = 7L;
    static final int PROBES = 1 << 22;
    static final int MASK = PROBES - 1;
    static final double HIT_RATE = 0.5;
    static final int BATCH = 1000;

    @Param("10000000")
    int phoneNumbers;

    long[] probes;
    IndicatorIndex index;
    Long2LongOpenHashMap fastutil;

    /** Builds both tables from the same keys, then the probes. */
    @Setup(Level.Trial)
    public void build() {
        long[] keys = SyntheticPhoneNumbers.distinctMobileKeys(KEY_SEED, phoneNumbers);
        index = PhoneIndexes.ours(keys);
        fastutil = PhoneIndexes.fastutil(keys);
        probes = SyntheticPhoneNumbers.probes(PROBE_SEED, keys, fastutil::containsKey, PROBES, HIT_RATE);
    }

    /** One thread's position in the probes. */
    @State(Scope.Thread)
    public static class Cursor {

        int next;

        /** Spreads the threads over the probes so that they do not share cache lines. */
        @Setup(Level.Trial)
        public void start(ThreadParams thread) {
            next = (thread.getThreadIndex() * 0x9E3779B9) & MASK;
        }

        int next() {
            int current = next;
            next = (current + 1) & MASK;
            return current;
        }

        int advance(int count) {
            int current = next;
            next = (current + count) & MASK;
            return current;
        }
    }

    @Benchmark
    public long lookup(Cursor cursor) {
        return index.getPhone(probes[cursor.next()]);
    }

    @Benchmark
    public long fastutilLookup(Cursor cursor) {
        return fastutil.get(probes[cursor.next()]);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long lookupBatch(Cursor cursor) {
        int start = cursor.advance(BATCH);
        long found = 0;
        for (int i = 0; i < BATCH; i++) {
            found += index.getPhone(probes[(start + i) & MASK]);
        }
        return found;
    }

    /** The batch lookup the batch check uses: 1,000 keys in two passes so that their cache misses overlap. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long lookupAll(Cursor cursor, Buffer buffer) {
        int start = cursor.advance(BATCH);
        int offset = start + BATCH <= PROBES ? start : 0;
        index.getPhones(probes, offset, BATCH, buffer.states);
        return buffer.states[BATCH - 1];
    }

    /** A thread's result buffer for {@link #lookupAll}. */
    @State(Scope.Thread)
    public static class Buffer {
        final long[] states = new long[BATCH];
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long fastutilLookupBatch(Cursor cursor) {
        int start = cursor.advance(BATCH);
        long found = 0;
        for (int i = 0; i < BATCH; i++) {
            found += fastutil.get(probes[(start + i) & MASK]);
        }
        return found;
    }
}

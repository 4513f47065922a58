package io.clearsky.core.funds;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * The latency of a 3-level apportioned trace from a victim's payment while transfers keep arriving: a {@link
 * LiveTransferGraph} is loaded with the first {@code --transfers} of a {@link SyntheticTransfers} run, then one
 * thread goes on adding the run's next transfers in batches at {@code --rate} a second (0: as fast as it can) while
 * another traces victims' payments one after another, measured after a warm-up. Run:
 *
 * <pre>{@code
 * java -Xms6g -Xmx6g -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.core.funds.TraceWhileIngesting \
 *     --transfers 10000000 --rate 20000 --warmup 20 --duration 60
 * }</pre>
 *
 * Prints p50, p90, p99, p99.9 and the worst trace, the traces and transfers a second achieved, and the mean size of
 * a trace, and a line {@code trace-line <p50 ns> <p99 ns> <traces> <ingested/s>} for the benchmark table.
 */
public final class TraceWhileIngesting {

    /** What to run. */
    record Options(long transfers, int rate, int batch, int warmupSeconds, int durationSeconds, long seed) {

        static Options parse(String[] args) {
            long transfers = 10_000_000;
            int rate = 20_000;
            int batch = 1_000;
            int warmup = 20;
            int duration = 60;
            long seed = 5;
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1].replace("_", "");
                switch (args[i]) {
                    case "--transfers" -> transfers = Long.parseLong(value);
                    case "--rate" -> rate = Integer.parseInt(value);
                    case "--batch" -> batch = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--duration" -> duration = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("an option without a value: " + args[args.length - 1]);
            }
            return new Options(transfers, rate, batch, warmup, duration, seed);
        }

        /** Transfers to ingest while tracing: the rate for the whole run, or plenty when unpaced. */
        long extra() {
            long seconds = warmupSeconds + durationSeconds + 5L;
            return rate > 0 ? rate * seconds : Math.max(transfers, 2_000_000L * seconds);
        }
    }

    /** What was measured. */
    record Result(long[] nanos, long tracesTotal, double ingestedPerSecond, double meanAccounts, double meanTransfers) {

        long percentile(double p) {
            return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p * nanos.length) - 1)];
        }
    }

    private TraceWhileIngesting() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Result result = run(options);
        System.out.printf(
                Locale.ROOT,
                "trace, 3 levels, FIFO, on %,d transfers while ingesting at %s: %,d traces measured;"
                        + " p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, worst %.3f ms;"
                        + " %,.0f traces/s; %,.0f transfers/s ingested; a trace reached %.1f accounts over %.1f"
                        + " transfers on average%n",
                options.transfers(),
                options.rate() > 0 ? String.format(Locale.ROOT, "%,d transfers/s", options.rate()) : "full speed",
                result.nanos().length,
                result.percentile(0.50) / 1e6,
                result.percentile(0.90) / 1e6,
                result.percentile(0.99) / 1e6,
                result.percentile(0.999) / 1e6,
                result.nanos()[result.nanos().length - 1] / 1e6,
                result.nanos().length / (double) options.durationSeconds(),
                result.ingestedPerSecond(),
                result.meanAccounts(),
                result.meanTransfers());
        System.out.printf(
                Locale.ROOT,
                "trace-line %d %d %d %.0f%n",
                result.percentile(0.50),
                result.percentile(0.99),
                result.nanos().length,
                result.ingestedPerSecond());
    }

    static Result run(Options options) throws Exception {
        SyntheticTransfers all = SyntheticTransfers.of(options.transfers() + options.extra(), options.seed());
        long[] seeds = Arrays.stream(all.victimPayments(2_000))
                .filter(ref -> ref <= options.transfers())
                .toArray();
        if (seeds.length < 100) {
            throw new IllegalStateException("too few victims' payments among the first transfers: " + seeds.length);
        }
        TraceSettings settings = TraceSettings.DEFAULT.withMaxDepth(3);
        LiveTransferGraph graph = new LiveTransferGraph();
        CountDownLatch loaded = new CountDownLatch(1);
        AtomicBoolean stop = new AtomicBoolean();
        long[] ingested = new long[2]; // transfers added after loading, and the nanos it took
        Thread writer = new Thread(() -> ingest(all, options, graph, loaded, stop, ingested), "ingest");
        long loadStart = System.nanoTime();
        writer.start();
        loaded.await();
        System.out.printf(
                Locale.ROOT,
                "loaded %,d transfers in %.1f s; heap used %.2f GiB; tracing %d victims' payments in turn%n",
                options.transfers(),
                (System.nanoTime() - loadStart) / 1e9,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (double) (1L << 30),
                seeds.length);

        long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.warmupSeconds());
        long end = warmupEnd + TimeUnit.SECONDS.toNanos(options.durationSeconds());
        long[] nanos = new long[1 << 16];
        int measured = 0;
        long total = 0;
        long accounts = 0;
        long transfers = 0;
        for (int i = 0; ; i++) {
            long seed = seeds[i % seeds.length];
            long start = System.nanoTime();
            if (start >= end) {
                break;
            }
            Trace trace = graph.read(view -> FundTracer.fromTransfer(view, seed, settings));
            long took = System.nanoTime() - start;
            total++;
            if (start >= warmupEnd) {
                if (measured == nanos.length) {
                    nanos = Arrays.copyOf(nanos, measured * 2);
                }
                nanos[measured++] = took;
                accounts += trace.accounts().size();
                transfers += trace.transfers().size();
            }
        }
        stop.set(true);
        writer.join();
        long[] sorted = Arrays.copyOf(nanos, measured);
        Arrays.sort(sorted);
        return new Result(
                sorted,
                total,
                ingested[0] / (ingested[1] / 1e9),
                (double) accounts / measured,
                (double) transfers / measured);
    }

    /** Loads the first transfers at full speed, then adds the rest in batches at the rate until told to stop. */
    private static void ingest(
            SyntheticTransfers all,
            Options options,
            LiveTransferGraph graph,
            CountDownLatch loaded,
            AtomicBoolean stop,
            long[] ingested) {
        TransferBatch batch = new TransferBatch(options.batch());
        long[] pace = {0, 0}; // when the timed phase started, and the batches written in it
        try {
            all.forEach((ref, payer, payee, epochMillis, amountFen) -> {
                if (stop.get()) {
                    throw new Stopped();
                }
                boolean full = batch.add(ref, payer, payee, epochMillis, amountFen);
                boolean loading = ref <= options.transfers();
                if (!full && ref != options.transfers()) {
                    return;
                }
                if (!loading && options.rate() > 0) {
                    // batch k of the timed phase is due k * batch / rate seconds after it started
                    long due = pace[0] + pace[1] * options.batch() * 1_000_000_000L / options.rate();
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                int n = batch.writeTo(graph);
                if (loading) {
                    if (ref == options.transfers()) {
                        pace[0] = System.nanoTime();
                        loaded.countDown();
                    }
                } else {
                    pace[1]++;
                    ingested[0] += n;
                    ingested[1] = System.nanoTime() - pace[0];
                }
            });
        } catch (Stopped expected) {
            // the tracer is done
        } finally {
            loaded.countDown();
        }
    }

    /** Ends the generator's run early. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}

package io.clearsky.core.warning;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * The embedded {@link RiskEngine} under load: state for {@code --subscribers} subscribers is preloaded ({@link
 * RiskWorkload#preload}: each has paid three payees), then {@code --threads} threads feed it the workload's event mix.
 * Four phases, each after the one before on the same engine:
 *
 * <ol>
 *   <li>warm-up at full speed ({@code --warmup} seconds);
 *   <li><b>throughput</b>: full speed for {@code --duration} seconds, events a second, and the time each {@code
 *       process} call took (service time);
 *   <li><b>latency at a rate</b>: each thread paced to its share of {@code --rate} events a second for {@code
 *       --duration} seconds; an event's latency runs from when it was due to when its decisions came back, so time an
 *       event waited behind a slow one counts (no coordinated omission);
 *   <li>the same at {@code --low-rate} events a second, to show the latency of an engine that keeps up;
 *   <li>the <b>naive peer</b>: full speed again with every {@code process} call under one global lock, as an engine
 *       without striping would be ({@code --duration} seconds).
 * </ol>
 *
 * From the warm-up to the end, a thread drops expired state as a deployed engine does: one part of the engine
 * ({@link RiskEngine#expireNext}) at a time, going through all of them every {@code --expire-every} seconds (0: never);
 * at the workload's pace a minute is about an hour of event time, the window of rule 4.
 *
 * Run (the heap is part of the result: the state must fit it):
 *
 * <pre>{@code
 * java -Xms6g -Xmx6g -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.core.warning.RiskEngineLoad \
 *     --subscribers 10000000 --threads 2 --rate 300000 --low-rate 100000 --warmup 20 --duration 30 --expire-every 60
 * }</pre>
 *
 * Prints each phase, and a line {@code warning-line <states> <subscribers> <events/s> <global-lock events/s> <p50 ns>
 * <p99 ns> <p99.9 ns> <paced events/s> <heap MiB> <low rate> <p50 ns> <p99 ns> <p99.9 ns>} for the benchmark table:
 * the states and heap after the preload, the latencies of the paced phase, then of the low-rate one.
 */
public final class RiskEngineLoad {

    /** What to run. */
    record Options(
            int subscribers,
            int threads,
            int rate,
            int lowRate,
            int warmupSeconds,
            int durationSeconds,
            int expireEverySeconds) {

        static Options parse(String[] args) {
            int subscribers = 10_000_000;
            int threads = 2;
            int rate = 300_000;
            int lowRate = 100_000;
            int warmup = 20;
            int duration = 30;
            int expireEvery = 60;
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("an option without a value: " + args[args.length - 1]);
            }
            for (int i = 0; i < args.length; i += 2) {
                String value = args[i + 1].replace("_", "");
                switch (args[i]) {
                    case "--subscribers" -> subscribers = Integer.parseInt(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--rate" -> rate = Integer.parseInt(value);
                    case "--low-rate" -> lowRate = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--duration" -> duration = Integer.parseInt(value);
                    case "--expire-every" -> expireEvery = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (threads < 1 || rate < 1 || lowRate < 1 || warmup < 0 || duration < 1 || expireEvery < 0) {
                throw new IllegalArgumentException(
                        "threads, rates and duration are positive, warmup and expire-every not negative");
            }
            return new Options(subscribers, threads, rate, lowRate, warmup, duration, expireEvery);
        }
    }

    /**
     * One phase's figures: events processed, over how long, and every event's time (nanoseconds) in a histogram
     * (HdrHistogram, three significant digits): recording into it allocates nothing, so the driver does not add
     * surviving objects to the heap it measures, as a list of every time would.
     */
    record Phase(long events, long nanos, Histogram times, String gc) {

        double perSecond() {
            return events / (nanos / 1e9);
        }

        long percentile(double p) {
            return times.getTotalCount() == 0 ? 0 : times.getValueAtPercentile(p * 100);
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%,d events in %.1f s: %,.0f events/s; per event p50 %.1f µs, p99 %.1f µs, p99.9 %.1f µs, worst"
                            + " %.1f ms; GC: %s",
                    events,
                    nanos / 1e9,
                    perSecond(),
                    percentile(0.50) / 1e3,
                    percentile(0.99) / 1e3,
                    percentile(0.999) / 1e3,
                    times.getMaxValue() / 1e6,
                    gc);
        }
    }

    private RiskEngineLoad() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf(
                Locale.ROOT,
                "risk engine load: %,d subscribers, %d threads, paced phase at %,d events/s, max heap %.2f GiB, %d"
                        + " cores%n",
                options.subscribers(),
                options.threads(),
                options.rate(),
                maxHeap / (double) (1L << 30),
                Runtime.getRuntime().availableProcessors());

        RiskWorkload workload = new RiskWorkload(options.subscribers());
        RiskEngine engine = new RiskEngine(RuleSet.defaults(), workload.watchlist);
        long started = System.nanoTime();
        long preloaded = workload.preload(engine);
        long states = engine.stateCount();
        System.gc();
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(
                Locale.ROOT,
                "preloaded %,d payments in %.1f s: %,d keys with state (subscribers and payee accounts); heap used"
                        + " after GC %.2f GiB%n",
                preloaded,
                (System.nanoTime() - started) / 1e9,
                states,
                heapUsed / (double) (1L << 30));

        List<RiskWorkload.Source> sources = new ArrayList<>();
        for (int t = 0; t < options.threads(); t++) {
            sources.add(workload.source(t + 1));
        }
        Expiry expiry = new Expiry(engine, options.expireEverySeconds());
        Phase warmup = run(engine, sources, options.warmupSeconds(), 0, null);
        System.out.println("warm-up: " + warmup.describe());
        Phase full = run(engine, sources, options.durationSeconds(), 0, null);
        System.out.println("throughput (service time per event): " + full.describe());
        Phase paced = run(engine, sources, options.durationSeconds(), options.rate(), null);
        System.out.println("at " + String.format(Locale.ROOT, "%,d", options.rate())
                + " events/s (latency from when each event was due): " + paced.describe());
        Phase low = run(engine, sources, options.durationSeconds(), options.lowRate(), null);
        System.out.println("at " + String.format(Locale.ROOT, "%,d", options.lowRate())
                + " events/s (latency from when each event was due): " + low.describe());
        Phase global = run(engine, sources, options.durationSeconds(), 0, new Object());
        System.out.println("one global lock around process (service time): " + global.describe());
        expiry.stop();
        System.out.printf(
                Locale.ROOT,
                "keys with state at the end: %,d; %s; decisions are not kept%n",
                engine.stateCount(),
                expiry.describe());
        System.out.printf(
                Locale.ROOT,
                "warning-line %d %d %.0f %.0f %d %d %d %.0f %d %d %d %d %d%n",
                states,
                options.subscribers(),
                full.perSecond(),
                global.perSecond(),
                paced.percentile(0.50),
                paced.percentile(0.99),
                paced.percentile(0.999),
                paced.perSecond(),
                heapUsed >> 20,
                options.lowRate(),
                low.percentile(0.50),
                low.percentile(0.99),
                low.percentile(0.999));
    }

    /**
     * Runs every source on a thread of its own for {@code seconds}: at full speed when {@code rate} is 0, else each
     * paced to its share of the rate; under {@code globalLock} when it is not null.
     */
    static Phase run(RiskEngine engine, List<RiskWorkload.Source> sources, int seconds, int rate, Object globalLock)
            throws InterruptedException {
        int threads = sources.size();
        Histogram[] times = new Histogram[threads];
        long[] counts = new long[threads];
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] startEnd = new long[2];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            Thread worker = new Thread(
                    () -> {
                        ready.countDown();
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        Feed feed = drive(engine, sources.get(me), startEnd[0], startEnd[1], rate, threads, globalLock);
                        times[me] = feed.times;
                        counts[me] = feed.count;
                    },
                    "feed-" + t);
            workers.add(worker);
            worker.start();
        }
        ready.await();
        Map<String, Long> gcBefore = Gc.now();
        startEnd[0] = System.nanoTime() + 10_000_000;
        startEnd[1] = startEnd[0] + TimeUnit.SECONDS.toNanos(seconds);
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        long total = 0;
        for (int t = 0; t < threads; t++) {
            total += counts[t];
        }
        Histogram all = newHistogram();
        for (int t = 0; t < threads; t++) {
            all.add(times[t]);
        }
        return new Phase(total, startEnd[1] - startEnd[0], all, Gc.since(gcBefore));
    }

    private record Feed(long count, Histogram times) {}

    /** Times up to an hour, which no event takes; longer ones are recorded as an hour. */
    private static final long LONGEST_NANOS = TimeUnit.HOURS.toNanos(1);

    private static Histogram newHistogram() {
        return new Histogram(LONGEST_NANOS, 3);
    }

    private static Feed drive(
            RiskEngine engine,
            RiskWorkload.Source source,
            long start,
            long end,
            int rate,
            int threads,
            Object globalLock) {
        while (System.nanoTime() < start) {
            Thread.onSpinWait();
        }
        long interval = rate > 0 ? 1_000_000_000L * threads / rate : 0;
        Histogram times = newHistogram();
        long count = 0;
        long due = start;
        while (true) {
            RiskEvent event = source.next();
            long begin;
            if (rate > 0) {
                due += interval;
                long now = System.nanoTime();
                while (now < due) {
                    if (due - now > 50_000) {
                        LockSupport.parkNanos(due - now - 50_000);
                    } else {
                        Thread.onSpinWait();
                    }
                    now = System.nanoTime();
                }
                begin = due;
            } else {
                begin = System.nanoTime();
            }
            if (begin >= end) {
                break;
            }
            if (globalLock == null) {
                engine.process(event);
            } else {
                synchronized (globalLock) {
                    engine.process(event);
                }
            }
            times.recordValue(Math.min(LONGEST_NANOS, System.nanoTime() - begin));
            count++;
        }
        return new Feed(count, times);
    }

    /** The collectors' accumulated times, by collector; for ZGC a "Cycles" time is concurrent, not a pause. */
    private static final class Gc {

        static Map<String, Long> now() {
            Map<String, Long> times = new TreeMap<>();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                times.put(gc.getName(), Math.max(0, gc.getCollectionTime()) * 1_000_000 + gc.getCollectionCount());
            }
            return times;
        }

        /** "G1 Young Generation 12 × 1,234 ms" for each collector that ran since {@code before}. */
        static String since(Map<String, Long> before) {
            StringBuilder text = new StringBuilder();
            now().forEach((name, value) -> {
                long was = before.getOrDefault(name, 0L);
                long count = value % 1_000_000 - was % 1_000_000;
                long millis = value / 1_000_000 - was / 1_000_000;
                if (count > 0) {
                    text.append(text.length() == 0 ? "" : ", ")
                            .append(String.format(Locale.ROOT, "%s %,d × %,d ms", name, count, millis));
                }
            });
            return text.length() == 0 ? "none" : text.toString();
        }
    }

    /**
     * Drops expired state while the phases run, as the server does: {@link RiskEngine#expireNext} at the latest event
     * time, one part every {@code 1/PARTS} of the period, on a thread of its own, so its stripe locks count.
     */
    private static final class Expiry {

        private final Thread thread;
        private volatile boolean stop;
        private long runs;
        private long dropped;
        private long nanos;
        private long longest;

        Expiry(RiskEngine engine, int everySeconds) {
            long partNanos = TimeUnit.SECONDS.toNanos(everySeconds) / RiskEngine.PARTS;
            thread = new Thread(
                    () -> {
                        while (!stop && everySeconds > 0) {
                            LockSupport.parkNanos(partNanos);
                            if (stop) {
                                return;
                            }
                            long started = System.nanoTime();
                            dropped += engine.expireNext(engine.latestEventMillis());
                            long took = System.nanoTime() - started;
                            nanos += took;
                            longest = Math.max(longest, took);
                            runs++;
                        }
                    },
                    "expire");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            stop = true;
            LockSupport.unpark(thread);
            thread.join();
        }

        String describe() {
            return runs == 0
                    ? "no expiry run"
                    : String.format(
                            Locale.ROOT,
                            "expiry went through %d parts (%.1f passes over all states), %.1f ms a part on average,"
                                    + " %.1f ms at most, and dropped %,d states",
                            runs,
                            runs / (double) RiskEngine.PARTS,
                            nanos / 1e6 / runs,
                            longest / 1e6,
                            dropped);
        }
    }
}

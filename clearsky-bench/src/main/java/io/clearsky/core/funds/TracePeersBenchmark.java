package io.clearsky.core.funds;

import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A 3-hop forward fund trace from a victim's payment on {@code transfers} {@link SyntheticTransfers} (a static graph,
 * nothing ingesting): ours, {@link FundTracer#fromTransfer} on a {@link TransferGraph} with first-in-first-out
 * apportionment; Neo4j embedded's variable-length Cypher pattern ({@link Neo4jTrace}); and a PostgreSQL recursive
 * query ({@link PostgresTrace}). Each cycles through the same 1,000 victims' payments, one trace an operation, sampled
 * for p50 and p99. The peers only find the time-respecting reachable transfers; ours also apportions (see their
 * Javadoc). {@code clearSkySeedLookup} times only the first step of ours, finding the seed transfer by its ref.
 * Before measuring, each peer's answer is checked to hold every transfer our trace found, for the first
 * {@value #CHECKED} seeds. PostgreSQL runs on 127.0.0.1:5432 (user postgres, password from {@code PGPASSWORD}).
 *
 * <pre>
 * java -jar clearsky-bench/target/clearsky-benchmarks.jar 'TracePeersBenchmark' -p transfers=1000000 -f 1 -wi 2 -w 5s -i 3 -r 10s -jvmArgs "-Xms3g -Xmx3g"
 * java -jar clearsky-bench/target/clearsky-benchmarks.jar 'TracePeersBenchmark' -p transfers=10000000 -f 1 -wi 2 -w 10s -i 3 -r 20s -jvmArgs "-Xms6g -Xmx6g"
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TracePeersBenchmark {

    static final long SEED = 20_261_129L;
    static final int SEEDS = 1_000;
    static final int CHECKED = 50;

    /** The transfers and the seeds, shared by the three. */
    @State(Scope.Benchmark)
    public static class Workload {

        @Param("1000000")
        long transfers;

        TraceWorkload workload;

        @Setup(Level.Trial)
        public void generate() {
            long started = System.nanoTime();
            workload = TraceWorkload.of(transfers, SEED, SEEDS);
            System.out.printf(
                    "%n%,d transfers generated and built into a TransferGraph in %.1f s%n",
                    transfers, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Which seed is next: the seeds in one fixed shuffled order, so every iteration sees early and late ones. */
    @State(Scope.Thread)
    public static class Seeds {
        int[] order;
        int next;

        @Setup(Level.Trial)
        public void shuffle(Workload workload) {
            order = new int[workload.workload.seedCount()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            SplittableRandom random = new SplittableRandom(SEED);
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }

        int next(TraceWorkload workload) {
            int i = order[next];
            next = (next + 1) % order.length;
            return i;
        }
    }

    /** The Neo4j store, loaded once a trial. */
    @State(Scope.Benchmark)
    public static class Neo4j {

        Neo4jTrace neo4j;

        @Setup(Level.Trial)
        public void load(Workload workload) throws Exception {
            // the store takes about 380 bytes a transfer (3.7 GB at 10 million): cached whole, beside the heap
            neo4j = Neo4jTrace.load(workload.workload, Math.max(256L << 20, workload.transfers * 400));
            System.out.println(neo4j);
            for (int i = 0; i < CHECKED; i++) {
                workload.workload.checkCovers("Neo4j", i, neo4j.trace(workload.workload, i));
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            neo4j.close();
        }
    }

    /** The PostgreSQL scratch database, loaded once a trial. */
    @State(Scope.Benchmark)
    public static class Postgres {

        PostgresTrace postgres;

        @Setup(Level.Trial)
        public void load(Workload workload) throws Exception {
            postgres = PostgresTrace.load(
                    workload.workload,
                    "jdbc:postgresql://127.0.0.1:5432/postgres",
                    "postgres",
                    System.getenv().getOrDefault("PGPASSWORD", ""));
            System.out.println(postgres);
            for (int i = 0; i < CHECKED; i++) {
                workload.workload.checkCovers("PostgreSQL", i, postgres.trace(workload.workload, i));
            }
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            postgres.close();
        }
    }

    @Benchmark
    public Trace clearSky(Workload workload, Seeds seeds) {
        return workload.workload.trace(seeds.next(workload.workload));
    }

    /**
     * Only finding the seed transfer by its ref, as {@link FundTracer#fromTransfer} does first: a linear search of the
     * graph's transfers, so the part of {@link #clearSky} that grows with the graph rather than with the trace.
     */
    @Benchmark
    public int clearSkySeedLookup(Workload workload, Seeds seeds) {
        return workload.workload
                .graph()
                .transferByReference(workload.workload.seed(seeds.next(workload.workload)))
                .orElseThrow();
    }

    @Benchmark
    public long[] neo4jCypher(Workload workload, Seeds seeds, Neo4j neo4j) {
        return neo4j.neo4j.trace(workload.workload, seeds.next(workload.workload));
    }

    @Benchmark
    public long[] postgresRecursive(Workload workload, Seeds seeds, Postgres postgres) throws SQLException {
        return postgres.postgres.trace(workload.workload, seeds.next(workload.workload));
    }
}

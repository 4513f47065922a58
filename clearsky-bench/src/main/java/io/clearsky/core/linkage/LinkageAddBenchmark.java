package io.clearsky.core.linkage;

import java.util.BitSet;
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

/**
 * Adding one report to a linkage that already holds {@code reports} reports: the latency distribution per report
 * (JMH sample mode, so the p99 is read off its percentiles). Each iteration starts again from the rebuilt linkage,
 * so the linkage does not grow without end. The target is p99 under 20 µs at 10 million reports.
 *
 * <pre>
 * java -jar clearsky-bench/target/clearsky-benchmarks.jar LinkageAddBenchmark -f 1 -wi 2 -w 5s -i 5 -r 5s -jvmArgs "-Xms6g -Xmx6g"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LinkageAddBenchmark {

    static final int NEW_REPORTS = 1 << 20;

    @Param("10000000")
    int reports;

    SyntheticReports data;
    int[][] arriving;
    Linker linker;
    int next;

    @Setup(Level.Trial)
    public void build() {
        // the arriving reports come from the same gangs as the linked ones: generate both together, split them
        SyntheticReports all = SyntheticReports.generate(LinkageBenchmark.SEED, reports + NEW_REPORTS);
        int[] offsets = java.util.Arrays.copyOf(all.offsets(), reports + 1);
        data = new SyntheticReports(offsets, all.identifiers(), all.identifierCount());
        arriving = new int[NEW_REPORTS][];
        for (int i = 0; i < NEW_REPORTS; i++) {
            arriving[i] = all.of(reports + i);
        }
    }

    @Setup(Level.Iteration)
    public void relink() {
        linker = Linker.rebuild(50, new BitSet(), data.offsets(), data.identifiers());
        next = 0;
    }

    @Benchmark
    public int addReport() {
        int[] identifiers = arriving[next];
        next = (next + 1) & (NEW_REPORTS - 1);
        return linker.cluster(linker.addReport(identifiers));
    }
}

package io.clearsky.core.linkage;

import java.util.BitSet;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
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
 * A full linkage rebuild: clustering {@code reports} reports with four identifier links each ({@link
 * SyntheticReports}) from the flat link arrays, single-threaded — ours, {@link Linker#rebuild}, and JGraphT's
 * {@code ConnectivityInspector} on the same report–identifier graph (graph construction included for both, since
 * both start from the same arrays). No degree guard, so both compute plain connected components. The target is a
 * rebuild of 10 million reports and 40 million links in under 10 s; JGraphT needs far more memory than ours, so it
 * runs at a smaller size in the same run ({@code -p reports=1000000}).
 *
 * <pre>
 * java -jar clearsky-bench/target/clearsky-benchmarks.jar 'LinkageBenchmark.rebuild' -p reports=10000000 -f 1 -wi 1 -i 5 -jvmArgs "-Xms6g -Xmx6g"
 * java -jar clearsky-bench/target/clearsky-benchmarks.jar 'LinkageBenchmark' -p reports=1000000 -f 1 -wi 2 -i 5 -jvmArgs "-Xms6g -Xmx6g"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LinkageBenchmark {

    static final long SEED = 20_261_124L;

    @Param("10000000")
    int reports;

    SyntheticReports data;

    @Setup(Level.Trial)
    public void build() {
        data = SyntheticReports.generate(SEED, reports);
    }

    @Benchmark
    public int rebuild() {
        return Linker.rebuild(Integer.MAX_VALUE, new BitSet(), data.offsets(), data.identifiers())
                .clusters();
    }

    @Benchmark
    public int jgrapht() {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        int n = data.reports();
        for (int r = 0; r < n; r++) {
            graph.addVertex(r);
        }
        for (int r = 0; r < n; r++) {
            for (int i = data.offsets()[r]; i < data.offsets()[r + 1]; i++) {
                Integer identifier = n + data.identifiers()[i];
                graph.addVertex(identifier);
                graph.addEdge(r, identifier);
            }
        }
        // components that hold no report (there are none here: every identifier came from a report) would not count
        return new ConnectivityInspector<>(graph).connectedSets().size();
    }
}

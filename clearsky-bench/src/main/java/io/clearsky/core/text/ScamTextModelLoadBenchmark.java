package io.clearsky.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Reading the shipped scam-text model from the class path, the first time in a fresh JVM (single shot): what a server
 * or a Flink task pays once at start. The target is under a second.
 *
 * <p>Run with:
 *
 * <pre>
 * java -jar clearsky-bench/target/clearsky-benchmarks.jar ScamTextModelLoadBenchmark -f 5 -wi 0 -i 1 -jvmArgs "-Xms2g -Xmx2g"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScamTextModelLoadBenchmark {

    @Benchmark
    public ScamTextClassifier readShippedModel() throws IOException {
        try (InputStream in = ScamTextClassifier.class.getResourceAsStream(ScamTextClassifier.SHIPPED_MODEL)) {
            return ScamTextClassifier.read(in);
        }
    }
}

package io.clearsky.core.warning;

import java.util.List;
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
 * {@link RiskEngine#process} one event at a time, by event type and for the whole mix, on an engine preloaded with
 * the state of {@code subscribers} subscribers ({@link RiskWorkload}); the cross-check of {@link RiskEngineLoad}'s
 * figures, one thread. Each operation makes its event first (the workload's generator, as a partner's event would
 * be read): {@code makeMix} times the making alone, to subtract.
 *
 * <pre>
 * java -jar clearsky-bench/target/clearsky-benchmarks.jar RiskEngineBenchmark -p subscribers=1000000 -f 1 -wi 3 -w 5s -i 5 -r 5s -jvmArgs "-Xms2g -Xmx2g"
 * java -jar clearsky-bench/target/clearsky-benchmarks.jar RiskEngineBenchmark -p subscribers=10000000 -f 1 -wi 3 -w 5s -i 5 -r 5s -jvmArgs "-Xms6g -Xmx6g"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RiskEngineBenchmark {

    @Param("1000000")
    int subscribers;

    RiskEngine engine;
    RiskWorkload.Source source;

    @Setup(Level.Trial)
    public void preload() {
        long started = System.nanoTime();
        RiskWorkload workload = new RiskWorkload(subscribers);
        engine = new RiskEngine(RuleSet.defaults(), workload.watchlist);
        workload.preload(engine);
        source = workload.source(1);
        System.out.printf(
                "%nengine preloaded in %.1f s: %,d keys with state%n",
                (System.nanoTime() - started) / 1e9, engine.stateCount());
    }

    @Benchmark
    public List<Decision> call() {
        return engine.process(source.call());
    }

    @Benchmark
    public List<Decision> sms() {
        return engine.process(source.sms());
    }

    @Benchmark
    public List<Decision> transferAttempt() {
        return engine.process(source.transfer());
    }

    @Benchmark
    public List<Decision> linkVisit() {
        return engine.process(source.linkVisit());
    }

    @Benchmark
    public List<Decision> appInstall() {
        return engine.process(source.appInstall());
    }

    @Benchmark
    public List<Decision> mix() {
        return engine.process(source.next());
    }

    @Benchmark
    public RiskEvent makeMix() {
        return source.next();
    }
}

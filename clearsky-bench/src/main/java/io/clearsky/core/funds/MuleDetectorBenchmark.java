package io.clearsky.core.funds;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
 * Mule detection over {@code transfers} {@link SyntheticTransfers} (a month, with its gangs' mule chains) held in a
 * {@link TransferGraph} built once per trial, single-threaded: {@code wholeMonth} examines every transfer, {@code
 * lastDayAfterLookBack} examines the last day with the 29 days before it as history (the server's default search:
 * a day's window after a 30-day look-back). On setup it prints, as a sanity figure, the precision and recall of the
 * default rule on the whole month against the generator's own list of mules ({@link SyntheticTransfers#mules()}).
 *
 * <pre>
 * java -jar clearsky-bench/target/clearsky-benchmarks.jar MuleDetectorBenchmark -p transfers=1000000,10000000 -f 1 -wi 2 -i 5 -jvmArgs "-Xms4g -Xmx4g"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MuleDetectorBenchmark {

    static final long SEED = 20_261_129L;

    @Param({"1000000", "10000000"})
    long transfers;

    TransferGraph graph;
    long lastDay;

    @Setup(Level.Trial)
    public void build() {
        SyntheticTransfers data = SyntheticTransfers.of(transfers, SEED);
        TransferGraph.Builder builder = TransferGraph.builder();
        data.forEach((ref, from, to, epochMillis, amountFen) ->
                builder.add(ref, SyntheticTransfers.name(from), SyntheticTransfers.name(to), epochMillis, amountFen));
        graph = builder.build();
        lastDay = SyntheticTransfers.START_MILLIS + (SyntheticTransfers.DAYS - 1) * SyntheticTransfers.DAY;
        System.out.println();
        System.out.println(quality(data.mules(), MuleDetector.detect(graph, MuleSettings.DEFAULT)));
    }

    @Benchmark
    public int wholeMonth() {
        return MuleDetector.detect(graph, MuleSettings.DEFAULT).size();
    }

    @Benchmark
    public int lastDayAfterLookBack() {
        return MuleDetector.detect(graph, lastDay, MuleSettings.DEFAULT).size();
    }

    /** Precision and recall of the flags against the generator's mules, overall and by level. */
    static String quality(SyntheticTransfers.Mules mules, List<MuleFlag> flags) {
        Set<Integer> flagged = new HashSet<>();
        for (MuleFlag f : flags) {
            flagged.add(Integer.parseInt(f.account().substring("acct:".length())));
        }
        long truePositives = flagged.stream().filter(mules::contains).count();
        long all = Stream.of(mules.level1(), mules.level2(), mules.level3())
                .flatMapToInt(IntStream::of)
                .distinct()
                .count();
        return String.format(
                Locale.ROOT,
                "mules: %,d flagged, %,d of them mules: precision %.3f, recall %.3f (%,d of %,d);"
                        + " recall by level: 1 %s, 2 %s, 3 %s",
                flagged.size(),
                truePositives,
                flagged.isEmpty() ? 0.0 : (double) truePositives / flagged.size(),
                (double) truePositives / all,
                truePositives,
                all,
                recall(mules.level1(), flagged),
                recall(mules.level2(), flagged),
                recall(mules.level3(), flagged));
    }

    private static String recall(int[] level, Set<Integer> flagged) {
        long found = IntStream.of(level).filter(flagged::contains).count();
        return String.format(Locale.ROOT, "%.3f (%d of %d)", (double) found / level.length, found, level.length);
    }
}

package io.clearsky.stream;

import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.RiskEngine;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.RuleSet;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * The job's throughput on a local MiniCluster with the rules ClearSky ships: events per second through reading,
 * routing and the keyed rules, over {@link TestWorld}'s stream (all five rules fire). Two sources:
 *
 * <ul>
 *   <li>{@code --source file} (default): the events as JSON lines in a local file, read in order by one source task,
 *       decisions discarded: the job's own cost, without Kafka;
 *   <li>{@code --source kafka}: the whole job, {@link RiskJob#build}, against an in-process Kafka broker (exactly-once
 *       to Kafka, checkpoints every 10 s), the events written to the topic before the job starts.
 * </ul>
 *
 * The figure is events / the job's net run time (deployment included). Beside it, in the same JVM after the job, the
 * peer: the embedded {@link RiskEngine} with the same rules over the same events on one thread (one thread, so each
 * key sees its events in order and the decisions are the job's), once from the decoded events and once reading the
 * same JSON lines as the job does. Run it from the repository root ({@code package} writes the class path file):
 *
 * <pre>
 * ./mvnw -q -B package -DskipTests -pl clearsky-stream -am
 * java -cp clearsky-stream/target/test-classes:clearsky-stream/target/classes:$(cat \
 *     clearsky-stream/target/throughput-classpath.txt) io.clearsky.stream.StreamThroughput --events 2000000 \
 *     --parallelism 2 --source file
 * </pre>
 *
 * The benchmark table's stream section runs it so. Prints a line {@code stream-line <source> <parallelism> <events>
 * <decisions> <job seconds> <job events/s> <embedded decisions> <embedded events/s> <embedded from JSON events/s>}.
 */
public final class StreamThroughput {

    private StreamThroughput() {}

    public static void main(String[] args) throws Exception {
        int events = 2_000_000;
        int parallelism = 2;
        String source = "file";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[i + 1]);
                case "--parallelism" -> parallelism = Integer.parseInt(args[i + 1]);
                case "--source" -> source = args[i + 1];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("clearsky-throughput");
        Path lines = dir.resolve("events.jsonl");
        long generating = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
            for (RiskEvent event : TestWorld.events(2026, events)) {
                out.write(EventCodec.write(event));
                out.write('\n');
            }
        }
        System.out.printf(
                "generated %,d events in %.1f s (%,d bytes)%n",
                events, (System.nanoTime() - generating) / 1e9, Files.size(lines));

        JobExecutionResult result =
                source.equals("kafka") ? viaKafka(lines, dir, parallelism) : fromFile(lines, dir, parallelism);
        double seconds = result.getNetRuntime() / 1000.0;
        long read = result.getAccumulatorResult(EventReader.EVENTS);
        long decisions = result.getAccumulatorResult(RiskRulesFunction.DECISIONS);
        System.out.printf(
                "source %s, parallelism %d: %,d events, %,d decisions in %.1f s: %,.0f events/s%n",
                source, parallelism, read, decisions, seconds, read / seconds);

        // the same events again (the world is reproducible), made after the job so that it ran without them in the heap
        List<RiskEvent> stream = TestWorld.events(2026, events);
        System.gc();
        Embedded decoded = embedded(stream);
        Embedded fromJson = embeddedFromJson(lines);
        System.out.printf(
                "embedded RiskEngine, one thread: %,d decisions; %,.0f events/s from decoded events, %,.0f events/s"
                        + " reading the JSON lines%n",
                decoded.decisions(), decoded.perSecond(), fromJson.perSecond());
        System.out.printf(
                Locale.ROOT,
                "stream-line %s %d %d %d %.3f %.0f %d %.0f %.0f%n",
                source,
                parallelism,
                read,
                decisions,
                seconds,
                read / seconds,
                decoded.decisions(),
                decoded.perSecond(),
                fromJson.perSecond());
    }

    /** What the embedded engine did with the stream: its decisions and events a second. */
    private record Embedded(long decisions, double perSecond) {}

    private static Embedded embedded(List<RiskEvent> stream) {
        RiskEngine engine = new RiskEngine(RuleSet.defaults(), TestWorld.watchlist());
        long decisions = 0;
        long start = System.nanoTime();
        for (RiskEvent event : stream) {
            decisions += engine.process(event).size();
        }
        return new Embedded(decisions, stream.size() / ((System.nanoTime() - start) / 1e9));
    }

    private static Embedded embeddedFromJson(Path lines) throws Exception {
        RiskEngine engine = new RiskEngine(RuleSet.defaults(), TestWorld.watchlist());
        long events = 0;
        long decisions = 0;
        long start = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(lines, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                decisions += engine.process(EventCodec.read(line)).size();
                events++;
            }
        }
        return new Embedded(decisions, events / ((System.nanoTime() - start) / 1e9));
    }

    private static JobExecutionResult fromFile(Path lines, Path dir, int parallelism) throws Exception {
        RiskJobSettings settings = settings("unused:9092", dir, parallelism);
        StreamExecutionEnvironment env = environment(parallelism);
        RiskJob.configure(env, settings);
        long count;
        try (var stream = Files.lines(lines)) {
            count = stream.count();
        }
        DataStream<IncomingRecord> records = env.fromSource(
                        new DataGeneratorSource<>(
                                new FileLines(lines.toString()), count, TypeInformation.of(IncomingRecord.class)),
                        WatermarkStrategy.noWatermarks(),
                        "Events (file)")
                .setParallelism(1);
        RiskJob.Decided decided =
                RiskJob.decide(records, RuleSet.defaultText(), context -> TestWorld.watchlist(), settings);
        decided.decisions().sinkTo(new DiscardingSink<>());
        decided.deadLetters().sinkTo(new DiscardingSink<>()).setParallelism(1);
        return env.execute("clearsky-throughput-file");
    }

    private static JobExecutionResult viaKafka(Path lines, Path dir, int parallelism) throws Exception {
        try (InProcessKafka kafka = InProcessKafka.start()) {
            kafka.createTopic("clearsky.risk-events", 1);
            kafka.createTopic("clearsky.risk-decisions", parallelism);
            kafka.createTopic("clearsky.risk-events.dead-letters", 1);
            List<Map.Entry<String, String>> records = new ArrayList<>();
            try (BufferedReader in = Files.newBufferedReader(lines)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    records.add(new SimpleEntry<>(null, line));
                }
            }
            long producing = System.nanoTime();
            kafka.produce("clearsky.risk-events", records);
            System.out.printf("wrote them to Kafka in %.1f s%n", (System.nanoTime() - producing) / 1e9);
            StreamExecutionEnvironment env = environment(parallelism);
            RiskJob.build(env, settings(kafka.bootstrapServers(), dir, parallelism));
            return env.execute("clearsky-throughput-kafka");
        }
    }

    private static RiskJobSettings settings(String bootstrapServers, Path dir, int parallelism) throws Exception {
        Path watchlist = TestWorld.writeWatchlist(dir.resolve("watchlist.tsv"));
        return RiskJobSettings.parse(
                "--bootstrap-servers",
                bootstrapServers,
                "--watchlist",
                watchlist.toString(),
                "--parallelism",
                Integer.toString(parallelism),
                "--checkpoint-interval",
                "10s",
                "--bounded");
    }

    private static StreamExecutionEnvironment environment(int parallelism) {
        Configuration config = new Configuration();
        config.setString("taskmanager.numberOfTaskSlots", Integer.toString(parallelism));
        return StreamExecutionEnvironment.createLocalEnvironment(parallelism, config);
    }

    /** The lines of a local file, in order, one per index asked for: the source task reads the file as it goes. */
    private static final class FileLines implements GeneratorFunction<Long, IncomingRecord> {

        private static final long serialVersionUID = 1L;

        private final String file;
        private transient BufferedReader reader;

        FileLines(String file) {
            this.file = file;
        }

        @Override
        public void open(SourceReaderContext context) throws Exception {
            reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
        }

        @Override
        public IncomingRecord map(Long index) throws Exception {
            return new IncomingRecord(file, 0, index, reader.readLine());
        }

        @Override
        public void close() throws Exception {
            reader.close();
        }
    }
}

package io.clearsky.stream;

import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The ClearSky risk job: events from Kafka, decisions to Kafka, the core's rules in between.
 *
 * <pre>
 * risk-events-source → read-events ─(dead letters)─→ dead-letters-sink
 *   → event-time → route-events → keyBy(key) → risk-rules ─(dead letters)─→ dead-letters-sink
 *                                                 → decisions-sink
 * </pre>
 *
 * The source, the reader and the router run as one task of parallelism 1, so each key receives its events in the
 * order of the (single-partition) events topic, which is what the embedded engine decides in; the keyed rules and the
 * sinks run at the job's parallelism. docs/stream.md explains the arguments, the formats and how to run it.
 */
public final class RiskJob {

    /** Keyed state is split into this many key groups, the most subtasks it can ever be rescaled to. */
    static final int MAX_PARALLELISM = 256;

    private RiskJob() {}

    public static void main(String[] args) throws Exception {
        RiskJobSettings settings;
        try {
            settings = RiskJobSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(RiskJobSettings.USAGE);
            System.exit(2);
            return;
        }
        requireOnePartition(settings.bootstrapServers(), settings.eventsTopic());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        build(env, settings);
        env.execute("clearsky-risk");
    }

    /**
     * Refuses an events topic with more than one partition: keys would see events of different partitions in an order
     * that depends on how the readers interleave, and decide differently from one run to the next (docs/stream.md).
     */
    static void requireOnePartition(String bootstrapServers, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            TopicDescription description;
            try {
                description = admin.describeTopics(List.of(topic))
                        .allTopicNames()
                        .get(60, TimeUnit.SECONDS)
                        .get(topic);
            } catch (ExecutionException e) {
                throw new IllegalStateException(
                        "cannot describe the events topic " + topic + " (create it with one partition): "
                                + e.getCause().getMessage(),
                        e);
            }
            int partitions = description.partitions().size();
            if (partitions != 1) {
                throw new IllegalStateException("the events topic " + topic + " has " + partitions
                        + " partitions; it must have one, so that every key sees its events in one order");
            }
        }
    }

    /** Wires the whole job, Kafka to Kafka; the rule file is read (and checked) here, at submission. */
    static void build(StreamExecutionEnvironment env, RiskJobSettings settings) throws IOException {
        String rulesText = settings.rulesFile() == null ? RuleSet.defaultText() : read(settings.rulesFile());
        RuleSet.parse(rulesText);
        Path watchlist = new Path(settings.watchlistFile());
        if (!watchlist.getFileSystem().exists(watchlist)) {
            throw new IOException("no watchlist snapshot at " + watchlist);
        }
        configure(env, settings);
        env.registerCachedFile(settings.watchlistFile(), WatchlistLoader.CACHED_FILE);

        DataStream<IncomingRecord> records = env.fromSource(
                        events(settings), WatermarkStrategy.noWatermarks(), "Risk events (Kafka)")
                .uid("risk-events-source")
                .setParallelism(1);
        Decided decided = decide(records, rulesText, WatchlistLoader.fromDistributedCache(), settings);

        decided.decisions()
                .sinkTo(sink(settings, settings.decisionsTopic(), "decisions"))
                .name("Decisions (Kafka)")
                .uid("decisions-sink");
        decided.deadLetters()
                .sinkTo(sink(settings, settings.deadLettersTopic(), "dead-letters"))
                .name("Dead letters (Kafka)")
                .uid("dead-letters-sink")
                .setParallelism(1);
    }

    /** A file on any file system Flink reads (a local path, s3://, hdfs://), as UTF-8 text. */
    private static String read(String file) throws IOException {
        Path path = new Path(file);
        try (FSDataInputStream in = path.getFileSystem().open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Checkpoints, parallelism and key groups. */
    static void configure(StreamExecutionEnvironment env, RiskJobSettings settings) {
        env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        env.enableCheckpointing(settings.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        env.setMaxParallelism(MAX_PARALLELISM);
        if (settings.parallelism() != null) {
            env.setParallelism(settings.parallelism());
        }
    }

    /** What the job writes: decisions, keyed by event id, and dead letters. */
    record Decided(DataStream<JsonLine> decisions, DataStream<JsonLine> deadLetters) {}

    /**
     * The topology between the source and the sinks: read, stamp with event time, route, decide per key. The records
     * must arrive in one task (parallelism 1) in the order to decide them in.
     */
    static Decided decide(
            DataStream<IncomingRecord> records, String rulesText, WatchlistLoader watchlist, RiskJobSettings settings) {
        SingleOutputStreamOperator<RiskEvent> events = records.process(new EventReader(), SerializerTypeInfo.RISK_EVENT)
                .name("Read events")
                .uid("read-events")
                .setParallelism(1);
        SingleOutputStreamOperator<JsonLine> decisions = events.assignTimestampsAndWatermarks(
                        EventTimeWatermarks.strategy(settings.outOfOrderness(), settings.futureTolerance()))
                .name("Event time")
                .uid("event-time")
                .setParallelism(1)
                .flatMap(new EventRouter(rulesText), SerializerTypeInfo.ROUTED_EVENT)
                .name("Route events")
                .uid("route-events")
                .setParallelism(1)
                .keyBy(RoutedEvent::key, Types.LONG)
                .process(new RiskRulesFunction(rulesText, watchlist), JsonLineType.INFO)
                .name("Risk rules")
                .uid("risk-rules");
        DataStream<JsonLine> deadLetters =
                events.getSideOutput(DeadLetters.TAG).union(decisions.getSideOutput(DeadLetters.TAG));
        return new Decided(decisions, deadLetters);
    }

    private static KafkaSource<IncomingRecord> events(RiskJobSettings settings) {
        KafkaSourceBuilder<IncomingRecord> builder = KafkaSource.<IncomingRecord>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(settings.eventsTopic())
                .setGroupId(settings.groupId())
                // offsets live in Flink's checkpoints; the committed ones only show the group's progress and start a
                // job submitted without a savepoint where the last one stopped
                .setStartingOffsets(OffsetsInitializer.committedOffsets(
                        settings.fromEarliest() ? OffsetResetStrategy.EARLIEST : OffsetResetStrategy.LATEST))
                .setDeserializer(new KafkaRecords.Incoming())
                // exactly-once producers upstream: never read what they may still abort
                .setProperty("isolation.level", "read_committed");
        if (settings.bounded()) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    private static KafkaSink<JsonLine> sink(RiskJobSettings settings, String topic, String output) {
        Properties producer = new Properties();
        producer.setProperty(
                "transaction.timeout.ms",
                Long.toString(settings.transactionTimeout().toMillis()));
        return KafkaSink.<JsonLine>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setRecordSerializer(new KafkaRecords.Outgoing(topic))
                .setDeliveryGuarantee(settings.delivery())
                // one prefix per job (its group) and output: two jobs on one Kafka must never fence each other
                .setTransactionalIdPrefix(settings.groupId() + "-" + output)
                .setKafkaProducerConfig(producer)
                .build();
    }
}

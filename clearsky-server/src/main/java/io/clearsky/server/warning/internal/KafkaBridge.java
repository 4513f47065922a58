package io.clearsky.server.warning.internal;

import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.EventCodec;
import io.clearsky.server.AfterCommitListener;
import io.clearsky.server.warning.WarningEvents.DecisionsMade;
import io.clearsky.server.warning.WarningEvents.EventsAccepted;
import io.clearsky.server.warning.WarningSettings;
import io.clearsky.server.warning.internal.Decisions.StoredDecision;
import io.clearsky.server.warning.internal.RiskEvents.StoredEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code clearsky.warning.engine=kafka}: accepted events go to the Flink job's events topic, and the job's decisions
 * come back from its decisions topic to be stored and acted on like the embedded engine's.
 *
 * <p>The job knows no partners, so an event's id is forwarded as {@code <agency id>/<partner's id>} (the job keys its
 * decisions by that id) and read back from the decision. Forwarding runs after the events' commit, from the event
 * publication registry: a crash before Kafka acknowledged them forwards them again at restart (at least once). The
 * decisions are read committed (the job writes them in transactions), stored in one transaction per poll with only
 * those not on record yet (a redelivery, or a transfer the server answered itself, changes nothing), and the offsets
 * committed after it: a crash in between reads them again, harmlessly.
 */
@Component
@ConditionalOnProperty(name = "clearsky.warning.engine", havingValue = "kafka")
public class KafkaBridge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaBridge.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FORWARDED = Pattern.compile("(\\d{1,18})/(.+)");

    private final WarningSettings.Kafka kafka;
    private final RiskEvents events;
    private final Decisions decisions;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Counter forwarded;
    private final Counter received;
    private final Counter unreadable;
    private volatile @Nullable KafkaProducer<String, String> producer;
    private volatile @Nullable KafkaConsumer<String, String> consumer;
    private volatile @Nullable Thread reader;
    private volatile boolean running;

    KafkaBridge(
            WarningSettings settings,
            RiskEvents events,
            Decisions decisions,
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock) {
        this.kafka = settings.kafka();
        this.events = events;
        this.decisions = decisions;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
        this.forwarded = Counter.builder("clearsky.warning.kafka.forwarded")
                .description("events forwarded to the Flink job")
                .register(meters);
        this.received = Counter.builder("clearsky.warning.kafka.decisions")
                .description("decisions read from the Flink job, new or not")
                .register(meters);
        this.unreadable = Counter.builder("clearsky.warning.kafka.unreadable")
                .description("decision records that could not be read or named no partner")
                .register(meters);
    }

    /** The id an event is forwarded under: the agency's id, a slash, the partner's id. */
    public static String forwardedId(long agencyId, String eventId) {
        return agencyId + "/" + eventId;
    }

    /** Sends the accepted events to the events topic, in order, and waits until Kafka has them. */
    @AfterCommitListener
    void on(EventsAccepted accepted) {
        KafkaProducer<String, String> out = producer;
        if (out == null) {
            throw new IllegalStateException("the Kafka bridge is not running");
        }
        Map<String, StoredEvent> stored = events.findAll(accepted.agencyId(), accepted.eventIds());
        List<Future<RecordMetadata>> sent = new ArrayList<>(accepted.eventIds().size());
        for (String id : accepted.eventIds()) {
            StoredEvent event = stored.get(id);
            if (event == null) {
                continue; // purged meanwhile
            }
            ObjectNode node = (ObjectNode) JSON.readTree(event.payload());
            node.put("id", forwardedId(accepted.agencyId(), id));
            sent.add(out.send(new ProducerRecord<>(kafka.eventsTopic(), null, node.toString())));
        }
        try {
            for (Future<RecordMetadata> future : sent) {
                future.get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while forwarding events", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the publication stays incomplete and is forwarded again (at least once)
            throw new IllegalStateException("Kafka did not take the events", e);
        }
        forwarded.increment(sent.size());
    }

    @Override
    public void start() {
        Properties producing = new Properties();
        producing.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        producing.put(ProducerConfig.ACKS_CONFIG, "all");
        producing.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producing.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        producer = new KafkaProducer<>(producing, new StringSerializer(), new StringSerializer());
        Properties consuming = new Properties();
        consuming.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        consuming.put(ConsumerConfig.GROUP_ID_CONFIG, kafka.groupId());
        consuming.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consuming.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consuming.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consuming.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        KafkaConsumer<String, String> in =
                new KafkaConsumer<>(consuming, new StringDeserializer(), new StringDeserializer());
        consumer = in;
        running = true;
        Thread thread = new Thread(() -> read(in), "warning-decisions");
        thread.setDaemon(true);
        reader = thread;
        thread.start();
        log.info(
                "Risk events go to Kafka topic {} and decisions come from {} at {}",
                kafka.eventsTopic(),
                kafka.decisionsTopic(),
                kafka.bootstrapServers());
    }

    private void read(KafkaConsumer<String, String> in) {
        try {
            in.subscribe(List.of(kafka.decisionsTopic()));
            while (running) {
                // Any failure but a wake-up is logged and retried: a reader thread that ended would stop every
                // decision, warning and task from arriving while the server looked healthy.
                try {
                    ConsumerRecords<String, String> records = in.poll(Duration.ofMillis(500));
                    if (records.isEmpty()) {
                        continue;
                    }
                    try {
                        store(records);
                        in.commitSync();
                    } catch (WakeupException stopping) {
                        throw stopping;
                    } catch (RuntimeException e) {
                        log.error("Storing {} decisions from Kafka failed; they are read again", records.count(), e);
                        rewind(in, records.partitions());
                        sleep();
                    }
                } catch (WakeupException stopping) {
                    throw stopping;
                } catch (RuntimeException e) {
                    log.error("Reading decisions from Kafka failed; trying again", e);
                    sleep();
                }
            }
        } catch (WakeupException stopping) {
            // stop() woke the poll
        } finally {
            in.close();
        }
    }

    /** Stores the decisions not on record yet, and hands the new ones to the listeners, in one transaction. */
    void store(ConsumerRecords<String, String> records) {
        Map<Long, List<Decision>> byAgency = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            received.increment();
            Decision d;
            try {
                d = EventCodec.readDecision(record.value());
            } catch (IllegalArgumentException e) {
                unreadable.increment();
                log.warn(
                        "Unreadable decision at {}-{}@{}: {}",
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        e.getMessage());
                continue;
            }
            var forwardedAs = FORWARDED.matcher(d.eventId());
            if (!forwardedAs.matches()) {
                unreadable.increment();
                log.warn("Decision on event {} names no partner (not forwarded by a ClearSky server)", d.eventId());
                continue;
            }
            long agency = Long.parseLong(forwardedAs.group(1));
            byAgency.computeIfAbsent(agency, k -> new ArrayList<>()).add(local(d, forwardedAs.group(2)));
        }
        if (byAgency.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(tx -> byAgency.forEach((agency, list) -> {
            List<StoredDecision> added = decisions.insertMissing(agency, list, clock.instant());
            if (!added.isEmpty()) {
                publisher.publishEvent(new DecisionsMade(
                        agency, added.stream().map(StoredDecision::made).toList()));
            }
        }));
    }

    /** The decision as the partner knows it: its own event ids, without the forwarding prefix. */
    private static Decision local(Decision d, String eventId) {
        List<String> evidence = new ArrayList<>(d.evidence().size());
        for (String id : d.evidence()) {
            var forwardedAs = FORWARDED.matcher(id);
            evidence.add(forwardedAs.matches() ? forwardedAs.group(2) : id);
        }
        return new Decision(
                eventId,
                d.at(),
                d.ruleId(),
                d.rulesVersion(),
                d.subjectKind(),
                d.subject(),
                d.outcome(),
                d.dissuasion(),
                d.scamType(),
                d.reasons(),
                evidence);
    }

    private static void rewind(KafkaConsumer<String, String> in, Set<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = in.committed(new HashSet<>(partitions));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata at = committed.get(partition);
            if (at == null) {
                in.seekToBeginning(List.of(partition));
            } else {
                in.seek(partition, at.offset());
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, String> in = consumer;
        if (in != null) {
            in.wakeup();
        }
        Thread thread = reader;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        KafkaProducer<String, String> out = producer;
        if (out != null) {
            out.close(Duration.ofSeconds(10));
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

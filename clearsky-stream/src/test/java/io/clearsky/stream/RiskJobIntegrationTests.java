package io.clearsky.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.InvalidEventException;
import io.clearsky.core.warning.RiskEngine;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.RuleSet;
import io.clearsky.core.warning.SmsEvent;
import io.clearsky.core.warning.WatchlistSnapshot;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DESIGN §4's promise: the Flink job and the embedded engine decide the same on the same event stream. One recorded
 * stream goes through an in-process Kafka broker and the whole job on a Flink MiniCluster (the keyed rules at
 * parallelism 2, exactly-once to Kafka, states expiring behind the watermark), and through {@link RiskEngine} in one
 * thread; the decisions must be the same multiset, JSON line for JSON line.
 */
class RiskJobIntegrationTests {

    private static final int EVENTS = 30_000;

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    private static InProcessKafka kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = InProcessKafka.start();
    }

    @AfterAll
    static void stopKafka() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void theJobDecidesExactlyAsTheEmbeddedEngineOnTheSameStream(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), TestWorld.SHORT_MEMORY_RULES);
        Path watchlist = TestWorld.writeWatchlist(dir.resolve("watchlist.tsv"));
        // one partition: each key must see its events in one order, the order the engine below sees them in
        kafka.createTopic("events", 1);
        kafka.createTopic("decisions", 2);
        kafka.createTopic("dead-letters", 1);

        List<Map.Entry<String, String>> records = new ArrayList<>();
        List<RiskEvent> events = withTexts(TestWorld.events(2026, EVENTS));
        for (int i = 0; i < events.size(); i++) {
            RiskEvent event = events.get(i);
            records.add(new SimpleEntry<>(event.id(), EventCodec.write(event)));
            if (i % 7_000 == 3) {
                records.add(new SimpleEntry<>(null, EventCodec.write(event).replace("\"at\":", "\"time\":")));
                records.add(new SimpleEntry<>(null, "{not json"));
            }
        }
        kafka.produce("events", records);
        RiskJob.requireOnePartition(kafka.bootstrapServers(), "events");
        assertThatThrownBy(() -> RiskJob.requireOnePartition(kafka.bootstrapServers(), "decisions"))
                .hasMessageContaining("has 2 partitions");

        RiskEngine engine;
        try (Reader snapshot = Files.newBufferedReader(watchlist)) {
            engine = new RiskEngine(
                    RuleSet.parse(Files.readString(rules)),
                    new io.clearsky.core.warning.IndexWatchlist(WatchlistSnapshot.read(snapshot, 16)));
        }
        List<String> expected = new ArrayList<>();
        int unreadable = 0;
        for (Map.Entry<String, String> record : records) {
            RiskEvent event;
            try {
                event = EventCodec.read(record.getValue());
            } catch (InvalidEventException e) {
                unreadable++;
                continue;
            }
            for (Decision decision : engine.process(event)) {
                expected.add(EventCodec.write(decision));
            }
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        RiskJob.build(
                env,
                RiskJobSettings.parse(
                        "--bootstrap-servers",
                        kafka.bootstrapServers(),
                        "--events",
                        "events",
                        "--decisions",
                        "decisions",
                        "--dead-letters",
                        "dead-letters",
                        "--rules",
                        rules.toString(),
                        "--watchlist",
                        watchlist.toString(),
                        "--parallelism",
                        "2",
                        "--out-of-orderness",
                        "1m",
                        "--checkpoint-interval",
                        "1s",
                        "--bounded"));
        JobClient job = env.executeAsync("clearsky-risk-test");
        JobExecutionResult result = job.getJobExecutionResult().get(3, TimeUnit.MINUTES);

        List<ConsumerRecord<String, String>> written = kafka.readCommitted("decisions");
        List<String> actual = new ArrayList<>();
        for (ConsumerRecord<String, String> record : written) {
            assertThat(record.key())
                    .isEqualTo(EventCodec.readDecision(record.value()).eventId());
            actual.add(record.value());
        }
        assertThat(expected)
                .hasSizeGreaterThan(1_000)
                .extracting(line -> EventCodec.readDecision(line).ruleId())
                .contains(
                        RuleSet.PAYEE_LISTED,
                        RuleSet.CONTACT_THEN_NEW_PAYEE,
                        RuleSet.SPOOFED_CALL,
                        RuleSet.CALLING_BURST,
                        RuleSet.FAST_FORWARD,
                        RuleSet.SCAM_TEXT);
        assertThat(expected)
                .as("a payment held after an SMS whose text read as a scam")
                .anySatisfy(line -> assertThat(EventCodec.readDecision(line).reasons())
                        .anySatisfy(r -> assertThat(r.code()).isEqualTo("SMS_WITH_SCAM_TEXT")));
        assertThat(actual.stream().sorted().toList())
                .isEqualTo(expected.stream().sorted().toList());

        assertThat((Long) result.getAccumulatorResult(EventReader.EVENTS)).isEqualTo(EVENTS);
        assertThat((Long) result.getAccumulatorResult(RiskRulesFunction.DECISIONS))
                .isEqualTo(expected.size());
        // states did expire on the way, behind the watermark, and the decisions are the same all the same
        assertThat((Long) result.getAccumulatorResult(RiskRulesFunction.EXPIRED_STATES))
                .isGreaterThan(100);

        List<ConsumerRecord<String, String>> deadLetters = kafka.readCommitted("dead-letters");
        assertThat(deadLetters).hasSize(unreadable).isNotEmpty();
        JsonMapper json = JsonMapper.builder().build();
        for (ConsumerRecord<String, String> deadLetter : deadLetters) {
            JsonNode node = json.readTree(deadLetter.value());
            assertThat(deadLetter.key())
                    .isEqualTo("events/0/" + node.get("offset").asLong());
            assertThat(node.get("stage").asString()).isEqualTo("read");
            assertThat(node.get("reason").asString()).isNotBlank();
        }
        assertThat(new String(deadLetters.get(0).value().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("\"field\":\"at\"");
    }

    // Texts for the world's SMS (which carry none), scams and ordinary ones, so that rule 6 and the shipped model run
    // in both engines too; the text rides in the event's JSON through Kafka and Flink's state.
    private static final String[] TEXTS = {
        "【公安局】您名下账户涉嫌洗钱案件，请立即将资金转入安全账户配合调查，否则冻结全部资产，请勿告知他人。",
        "您的贷款已审批通过，因银行卡号填写错误资金被冻结，请先缴纳解冻保证金2000元至指定账户。",
        "兼职刷单日结，点赞关注即可领佣金，先垫付后返还本金，加V了解。",
        "晚上一起吃饭吗？我六点下班。",
        "【顺丰速运】您的快递已到小区驿站，取件码8-3-2011，请及时领取。",
        "Congratulations! You have won a 1000 prize. Call 09061701461 now to claim, T&C apply.",
        "Ok, see you at the station at 7."
    };

    private static List<RiskEvent> withTexts(List<RiskEvent> events) {
        List<RiskEvent> out = new ArrayList<>(events.size());
        int sms = 0;
        for (RiskEvent event : events) {
            if (event instanceof SmsEvent m && sms++ % 2 == 0) {
                out.add(new SmsEvent(
                        m.id(), m.at(), m.sender(), m.recipient(), m.urls(), TEXTS[(sms / 2) % TEXTS.length]));
            } else {
                out.add(event);
            }
        }
        return out;
    }
}

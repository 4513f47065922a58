package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.RiskEngine;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.RuleSet;
import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import io.clearsky.server.registry.IndicatorLookup;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import tools.jackson.databind.JsonNode;

/**
 * {@code clearsky.warning.engine=kafka} against an in-process Kafka broker: accepted events reach the events topic
 * with the partner in their id, and decisions on the decisions topic are stored and acted on like the embedded
 * engine's. The Flink job is played by core's engine reading the events topic and writing decisions as the job does
 * (one JSON decision a record, keyed by the event's id), so this tests the server's side of the contract.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearsky.warning.engine=kafka", "clearsky.warning.kafka.group-id=server-under-test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
@TestExecutionListeners(
        listeners = KafkaWarningIntegrationTests.CloseBrokerAfterContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class KafkaWarningIntegrationTests {

    static final String EVENTS = "clearsky.risk-events";
    static final String DECISIONS = "clearsky.risk-decisions";
    static final String GANG_NUMBER = "+8617012345678";
    static final String ROBOCALLER = "+8617099990000";
    private static final Path DATA = TempDirs.create();
    private static InProcessKafka kafka;

    @LocalServerPort
    int port;

    @Autowired
    IndicatorLookup lookup;

    @Autowired
    MeterRegistry meters;

    TestApi api;
    Auth admin;
    Auth telecom;
    Auth payplat;
    Auth app;
    Auth xiamen;
    long telecomId;
    Thread job;
    volatile boolean jobRunning = true;
    final List<String> forwardedIds = new CopyOnWriteArrayList<>();
    final List<String> decidedIds = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
        registry.add("clearsky.warning.kafka.bootstrap-servers", () -> broker().bootstrapServers());
    }

    private static synchronized InProcessKafka broker() {
        if (kafka == null) {
            kafka = InProcessKafka.start(EVENTS, DECISIONS);
        }
        return kafka;
    }

    @BeforeAll
    void setUp() throws Exception {
        api = new TestApi(port);
        admin = api.firstAdmin(DATA);
        xiamen = api.issueKey(
                admin, api.agency(admin, "xiamen-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen AFC", "350200"));
        telecomId = api.agency(admin, "telecom", "PARTNER", "某电信运营商", "A telecom", null);
        telecom = api.issueKey(admin, telecomId);
        payplat = api.issueKey(admin, api.agency(admin, "payplat", "PARTNER", "某支付平台", "A payment platform", null));
        app = api.issueKey(admin, api.agency(admin, "safe-app", "PARTNER", "安全手机卫士", "SafePhone", null));
        Answer listed = api.post(
                "/api/v1/indicators",
                xiamen,
                Map.of("kind", "PHONE_NUMBER", "value", GANG_NUMBER, "scamType", "IMPERSONATING_OFFICIALS"));
        assertThat(listed.status()).as(listed.text()).isIn(200, 201);
        await().atMost(Duration.ofSeconds(10)).until(() -> verdict(GANG_NUMBER).equals("FRAUD"));
        job = new Thread(this::playTheJob, "fake-flink-job");
        job.setDaemon(true);
        job.start();
    }

    /** What the Flink job does, on one thread: read the events in order, decide with core, write the decisions. */
    private void playTheJob() {
        RiskEngine engine = new RiskEngine(RuleSet.defaults(), lookup.watchlist());
        Properties in = new Properties();
        in.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker().bootstrapServers());
        in.put(ConsumerConfig.GROUP_ID_CONFIG, "fake-job");
        in.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Properties out = new Properties();
        out.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker().bootstrapServers());
        try (KafkaConsumer<String, String> events =
                        new KafkaConsumer<>(in, new StringDeserializer(), new StringDeserializer());
                KafkaProducer<String, String> decisions =
                        new KafkaProducer<>(out, new StringSerializer(), new StringSerializer())) {
            events.subscribe(List.of(EVENTS));
            while (jobRunning) {
                for (ConsumerRecord<String, String> record : events.poll(Duration.ofMillis(200))) {
                    RiskEvent event = EventCodec.read(record.value());
                    forwardedIds.add(event.id());
                    for (Decision d : engine.process(event)) {
                        decisions.send(new ProducerRecord<>(DECISIONS, d.eventId(), EventCodec.write(d)));
                        decidedIds.add(d.eventId());
                    }
                }
                decisions.flush();
            }
        }
    }

    @AfterAll
    void stopTheJob() throws InterruptedException {
        jobRunning = false;
        job.join(5_000);
    }

    /** Stops the broker once the server, whose Kafka bridge uses it, has been closed (by {@code @DirtiesContext}). */
    public static final class CloseBrokerAfterContext
            implements org.springframework.test.context.TestExecutionListener, org.springframework.core.Ordered {
        @Override
        public void afterTestClass(org.springframework.test.context.TestContext testContext) throws Exception {
            synchronized (KafkaWarningIntegrationTests.class) {
                if (kafka != null) {
                    kafka.close();
                    kafka = null;
                }
            }
        }

        @Override
        public int getOrder() {
            return 2000;
        }
    }

    private String verdict(String number) {
        return api.get("/api/v1/check?value=" + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8), app)
                .json()
                .get("verdict")
                .asText();
    }

    private static String minutesAgo(int minutes) {
        return Instant.now()
                .truncatedTo(ChronoUnit.MILLIS)
                .minusSeconds(minutes * 60L)
                .atOffset(ZoneOffset.ofHours(8))
                .toString();
    }

    private static Map<String, Object> call(String id, String at, String caller, String callee, int seconds) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "call");
        e.put("id", id);
        e.put("at", at);
        e.put("caller", caller);
        e.put("presented", caller);
        e.put("callee", callee);
        e.put("durationSeconds", seconds);
        e.put("route", "DOMESTIC");
        return e;
    }

    private double decisionsRead() {
        io.micrometer.core.instrument.Counter counter =
                meters.find("clearsky.warning.kafka.decisions").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void eventsGoToTheJobAndItsDecisionsComeBackAsWarningsRegistrySuspicionsAndTasksOnce() {
        String victim = "+8613912345678";
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(call("op-1", minutesAgo(25), GANG_NUMBER, victim, 900));
        for (int i = 0; i < 40; i++) {
            events.add(
                    call("burst-" + i, minutesAgo(50 - i), ROBOCALLER, "+86139" + String.format("%08d", 1000 + i), 8));
        }
        Answer sent = api.post("/api/v1/events", telecom, Map.of("events", events));
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        assertThat(sent.json().get("accepted").asInt()).isEqualTo(41);
        // the job decides, later
        assertThat(sent.json().get("decisions")).isEmpty();

        // forwarded in order, each id with the partner in front
        await().atMost(Duration.ofSeconds(30)).until(() -> forwardedIds.size() >= 41);
        assertThat(forwardedIds.subList(0, 2)).containsExactly(telecomId + "/op-1", telecomId + "/burst-0");

        // the job's calling-burst decision: the number is SUSPECTED, the telecom has the warning under its own ids
        await().atMost(Duration.ofSeconds(30)).until(() -> verdict(ROBOCALLER).equals("SUSPICIOUS"));
        JsonNode warnings = api.get("/api/v1/warnings?outcome=SUSPECT", telecom).json();
        assertThat(warnings.get("items")).singleElement().satisfies(d -> {
            assertThat(d.get("ruleId").asText()).isEqualTo("calling-burst");
            assertThat(d.get("eventId").asText()).isEqualTo("burst-29");
            assertThat(d.get("evidence")).extracting(JsonNode::asText).allMatch(id -> id.startsWith("burst-"));
        });

        // the transfer check is answered by the server's own engine, which saw the call too
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("id", "pay-1");
        attempt.put("at", minutesAgo(5));
        attempt.put("payer", "alipay:2088000000000001");
        attempt.put("payerPhone", victim);
        attempt.put("payee", "alipay:2088999900000001");
        attempt.put("amount", "120000.00");
        attempt.put("region", "350206");
        Answer checked = api.post("/api/v1/transfer-checks", payplat, attempt);
        assertThat(checked.status()).as(checked.text()).isEqualTo(200);
        assertThat(checked.json().get("outcome").asText()).isEqualTo("HOLD");

        // the job decides the same on the forwarded attempt; stored once, one task
        await().atMost(Duration.ofSeconds(30)).until(() -> decidedIds.stream().anyMatch(id -> id.endsWith("/pay-1")));
        int produced = decidedIds.size();
        await().atMost(Duration.ofSeconds(30)).until(() -> decisionsRead() >= produced);
        assertThat(api.get("/api/v1/warnings?outcome=HOLD", payplat)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
    }
}

package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.Outcome;
import io.clearsky.core.warning.Priority;
import io.clearsky.core.warning.RuleReason;
import io.clearsky.core.warning.RuleSet;
import io.clearsky.core.warning.SubjectKind;
import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import io.clearsky.server.warning.WarningEvents.DecisionsMade;
import io.clearsky.server.warning.WarningEvents.MadeDecision;
import io.clearsky.server.warning.internal.RiskEvents;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.JsonNode;

/**
 * Early warning and dissuasion over real HTTP against a real database: DESIGN §1.5's story. A listed number calls a
 * subscriber (the telecom partner's event); twenty minutes later the payment partner's transfer check of a large
 * payment to a new payee answers HOLD with the reasons; a HIGH dissuasion task with the script appears for the centre
 * of the payer's region; its caller records DISSUADED; the partner's inbox and signed webhook carry the warning.
 * Around it: a calling burst puts the number on the registry as SUSPECTED (the check API then warns), an allowlisted
 * number never; bad input is refused naming the field; resends are duplicates; rule versions only go up, a rule file
 * reloaded mid-stream drops no event; a backtest shows a changed threshold. Subclasses choose the database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearsky.warning.rules-poll=200ms"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WarningIntegrationTests {

    static final String GANG_NUMBER = "+8617012345678";
    static final String VICTIM = "+8613912345678";
    static final String MULE_ACCOUNT = "alipay:2088666600000001";

    @LocalServerPort
    int port;

    @Autowired
    RiskEvents riskEvents;

    @Autowired
    EventSerializer eventSerializer;

    TestApi api;
    Auth admin;
    Auth xiamen;
    Auth fujian;
    Auth fuzhouCity;
    long xiamenId;
    Auth telecom;
    Auth payplat;
    Auth app;
    HttpServer receiver;
    final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

    abstract Path dataDir();

    /** The rule file the server reads (clearsky.warning.rules-file). */
    abstract Path rulesFile();

    /** A rule file starting as the shipped one, for a subclass's {@code clearsky.warning.rules-file}. */
    static Path shippedRules(Path dir) {
        try {
            Path file = dir.resolve("rules.yaml");
            Files.writeString(file, RuleSet.defaultText());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    void setUp() throws IOException {
        api = new TestApi(port);
        admin = api.firstAdmin(dataDir());
        fujian = api.issueKey(
                admin, api.agency(admin, "fujian-afc", "POLICE_CENTRE", "福建省反诈骗中心", "Fujian AFC", "350000"));
        xiamenId = api.agency(admin, "xiamen-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen AFC", "350200");
        xiamen = api.issueKey(admin, xiamenId);
        fuzhouCity = api.issueKey(
                admin, api.agency(admin, "fuzhou-afc", "POLICE_CENTRE", "福州市反诈骗中心", "Fuzhou AFC", "350100"));
        telecom = api.issueKey(admin, api.agency(admin, "telecom", "PARTNER", "某电信运营商", "A telecom", null));
        payplat = api.issueKey(admin, api.agency(admin, "payplat", "PARTNER", "某支付平台", "A payment platform", null));
        app = api.issueKey(admin, api.agency(admin, "safe-app", "PARTNER", "安全手机卫士", "SafePhone", null));
        list(GANG_NUMBER, "PHONE_NUMBER");
        list(MULE_ACCOUNT, "PAYMENT_ACCOUNT");
        // the registry's index follows the database within a second
        await().atMost(Duration.ofSeconds(10))
                .until(() -> verdict(GANG_NUMBER, "PHONE_NUMBER").equals("FRAUD")
                        && verdict(MULE_ACCOUNT, "PAYMENT_ACCOUNT").equals("FRAUD"));
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            Map<String, String> delivery = new HashMap<>();
            delivery.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            delivery.put("signature", exchange.getRequestHeaders().getFirst("ClearSky-Signature"));
            delivery.put("event", exchange.getRequestHeaders().getFirst("ClearSky-Event"));
            received.add(delivery);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    void stopReceiver() {
        receiver.stop(0);
    }

    private void list(String value, String kind) {
        Answer listed = api.post(
                "/api/v1/indicators",
                xiamen,
                Map.of("kind", kind, "value", value, "scamType", "IMPERSONATING_OFFICIALS"));
        assertThat(listed.status()).as(listed.text()).isIn(200, 201);
    }

    private String verdict(String value, String kind) {
        Answer checked = api.get(
                "/api/v1/check?kind=" + kind + "&value=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8),
                app);
        assertThat(checked.status()).as(checked.text()).isEqualTo(200);
        return checked.json().get("verdict").asText();
    }

    /** Now less some minutes, with China's offset, as partners write times. */
    private static String minutesAgo(double minutes) {
        return Instant.now()
                .truncatedTo(ChronoUnit.MILLIS)
                .minusMillis((long) (minutes * 60_000))
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
        e.put("direction", "INCOMING");
        e.put("route", "DOMESTIC");
        return e;
    }

    private static Map<String, Object> transfer(
            String id, String at, String payerPhone, String payee, String amount, String region) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("at", at);
        e.put("payer", "alipay:" + payerPhone.substring(3));
        e.put("payerPhone", payerPhone);
        e.put("payee", payee);
        e.put("amount", amount);
        e.put("channel", "MOBILE_APP");
        if (region != null) {
            e.put("region", region);
        }
        return e;
    }

    private JsonNode events(Auth partner, List<Map<String, Object>> events) {
        Answer sent = api.post("/api/v1/events", partner, Map.of("events", events));
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        return sent.json();
    }

    private JsonNode check(Auth partner, Map<String, Object> attempt) {
        Answer checked = api.post("/api/v1/transfer-checks", partner, attempt);
        assertThat(checked.status()).as(checked.text()).isEqualTo(200);
        return checked.json();
    }

    /** A centre's auditor: reads the audit trail, nothing else. */
    private Auth auditorOf(long agencyId) {
        Answer issued = api.post(
                "/api/v1/agencies/" + agencyId + "/api-keys", admin, Map.of("name", "audit", "role", "AUDITOR"));
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        return Auth.key(issued.json().get("key").asText());
    }

    /** The audit trail is written after the commit: waits for the reveal's record. */
    private void awaitAudited(String subject, String detail) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                api.get("/api/v1/audit?size=500", admin).json())
                        .anySatisfy(r -> {
                            assertThat(r.get("action").asText()).isEqualTo("PERSONAL_DATA_REVEALED");
                            assertThat(r.get("subject").asText()).isEqualTo(subject);
                            assertThat(r.get("detail").asText()).isEqualTo(detail);
                        }));
    }

    private static List<String> fields(Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private Answer yaml(String method, String path, Auth auth, String text) {
        return api.sendText(method, path, auth, "application/yaml", text);
    }

    /** The centre's task for a partner's event, or null while there is none. */
    private JsonNode task(Auth centre, String eventId) {
        for (JsonNode t :
                api.get("/api/v1/dissuasion-tasks?size=500", centre).json().get("items")) {
            if (t.get("eventId").asText().equals(eventId)) {
                return t;
            }
        }
        return null;
    }

    private int rulesVersion() {
        return api.get("/api/v1/warning/rules", admin).json().get("version").asInt();
    }

    @Test
    void aCallFromAListedNumberThenALargePaymentIsHeldAndTheCentreDissuadesThePayer() throws Exception {
        Answer hook = api.send(
                "PUT",
                "/api/v1/funds/webhook",
                payplat,
                Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks"));
        assertThat(hook.status()).as(hook.text()).isEqualTo(200);
        String secret = hook.json().get("secret").asText();

        // 08:00 a listed number calls the subscriber for fifteen minutes: no decision yet
        JsonNode called = events(telecom, List.of(call("op-1", minutesAgo(25), GANG_NUMBER, VICTIM, 900)));
        assertThat(called.get("accepted").asInt()).isEqualTo(1);
        assertThat(called.get("decisions")).isEmpty();

        // 08:20 the subscriber pays 120,000 yuan to an account never paid before: HOLD, with the reasons
        Map<String, Object> attempt =
                transfer("pay-1", minutesAgo(5), VICTIM, "alipay:2088999900000001", "120000.00", "350206");
        JsonNode answer = check(payplat, attempt);
        assertThat(answer.get("outcome").asText()).isEqualTo("HOLD");
        assertThat(answer.get("eventId").asText()).isEqualTo("pay-1");
        assertThat(answer.get("reasons"))
                .extracting(r -> r.get("code").asText())
                .containsExactly("NEW_PAYEE_AFTER_RISKY_CONTACT", "CALL_FROM_LISTED_NUMBER");
        assertThat(answer.get("reasons").get(1).get("zh").asText())
                .contains(GANG_NUMBER)
                .contains("分钟前");
        assertThat(answer.get("decisions")).singleElement().satisfies(d -> {
            assertThat(d.get("ruleId").asText()).isEqualTo("contact-then-new-payee");
            assertThat(d.get("dissuasion").asText()).isEqualTo("HIGH");
            // the subscriber is a likely victim: masked, even to the partner that sent the number
            assertThat(d.get("subjectKind").asText()).isEqualTo("SUBSCRIBER");
            assertThat(d.get("subject").asText()).isEqualTo("+86139****5678");
            assertThat(d.get("evidence")).extracting(JsonNode::asText).containsExactly("op-1", "pay-1");
        });
        int version = answer.get("rulesVersion").asInt();
        assertThat(version).isPositive();

        // the same check again answers the same; the same id for another payment is refused
        assertThat(check(payplat, attempt)).isEqualTo(answer);
        Map<String, Object> other = new LinkedHashMap<>(attempt);
        other.put("amount", "1.00");
        Answer conflict = api.post("/api/v1/transfer-checks", payplat, other);
        assertThat(conflict.status()).as(conflict.text()).isEqualTo(409);

        // a plain ALLOW is kept for resends in a shorter form: its resend still answers the same, byte for byte
        Map<String, Object> small =
                transfer("pay-0", minutesAgo(3), "+8613700001234", "alipay:2088999900000002", "12.00", null);
        Answer allowed = api.post("/api/v1/transfer-checks", payplat, small);
        assertThat(allowed.json().get("outcome").asText()).as(allowed.text()).isEqualTo("ALLOW");
        assertThat(api.post("/api/v1/transfer-checks", payplat, small).text()).isEqualTo(allowed.text());
        small.put("amount", "13.00");
        assertThat(api.post("/api/v1/transfer-checks", payplat, small).status()).isEqualTo(409);

        // a HIGH task for Xiamen's centre (350206 is in Xiamen), with whom to call, why, and the script
        await().atMost(Duration.ofSeconds(20)).until(() -> task(xiamen, "pay-1") != null);
        JsonNode task = task(xiamen, "pay-1");
        assertThat(task.get("priority").asText()).isEqualTo("HIGH");
        assertThat(task.get("status").asText()).isEqualTo("OPEN");
        assertThat(api.get("/api/v1/dissuasion-tasks?priority=HIGH&status=OPEN", xiamen)
                        .json()
                        .get("items"))
                .anyMatch(t -> t.get("eventId").asText().equals("pay-1"));
        // whom to call is masked in every list and view, an admin's too
        assertThat(task.get("contact").asText()).isEqualTo("+86139****5678");
        assertThat(api.get("/api/v1/dissuasion-tasks/" + task.get("id").asLong(), admin)
                        .json()
                        .get("contact")
                        .asText())
                .isEqualTo("+86139****5678");
        assertThat(task.get("centre").get("code").asText()).isEqualTo("xiamen-afc");
        assertThat(task.get("fallback").asBoolean()).isFalse();
        assertThat(task.get("partner").asText()).isEqualTo("payplat");
        assertThat(task.get("amount").asText()).isEqualTo("120000.00");
        assertThat(task.get("scamType").get("code").asText()).isEqualTo("IMPERSONATING_OFFICIALS");
        assertThat(task.get("reasons").get(0).get("code").asText()).isEqualTo("NEW_PAYEE_AFTER_RISKY_CONTACT");
        assertThat(task.get("script").get("zh").get("opening").asText()).contains("厦门市反诈骗中心");
        assertThat(task.get("script").get("zh").get("closing").asText()).contains("96110");
        assertThat(task.get("script").get("en").get("stopPayment").asText()).contains("safe account");
        long taskId = task.get("id").asLong();
        // the most specific centre covering the region has it; Fujian's centre, over Xiamen's, sees it too
        Answer overseen = api.get("/api/v1/dissuasion-tasks/" + taskId, fujian);
        assertThat(overseen.status()).isEqualTo(200);
        assertThat(overseen.json().get("centre").get("code").asText()).isEqualTo("xiamen-afc");

        // revealing the contact needs a reason, PII_REVEAL and the task's centre (or one over it)
        String reveal = "/api/v1/dissuasion-tasks/" + taskId + "/reveal";
        assertThat(fields(api.post(reveal, xiamen, Map.of()))).containsExactly("reason");
        Answer auditor = api.post(reveal, auditorOf(xiamenId), Map.of("reason", "just curious"));
        assertThat(auditor.status()).as(auditor.text()).isEqualTo(403);
        assertThat(api.post(reveal, payplat, Map.of("reason", "just curious")).status())
                .isEqualTo(403);
        assertThat(api.post(reveal, fuzhouCity, Map.of("reason", "call the payer"))
                        .status())
                .isEqualTo(404);
        Answer revealed = api.post(reveal, fujian, Map.of("reason", "supervisor checks the number before the call"));
        assertThat(revealed.status()).as(revealed.text()).isEqualTo(200);
        assertThat(revealed.json().get("contact").asText()).isEqualTo(VICTIM);
        awaitAudited("dissuasion-task:" + taskId, "contact: supervisor checks the number before the call");

        // the caller takes it, which shows the contact for the call (audited so), and records the outcome once
        Answer taken = api.post("/api/v1/dissuasion-tasks/" + taskId + "/take", xiamen, Map.of());
        assertThat(taken.status()).as(taken.text()).isEqualTo(200);
        assertThat(taken.json().get("status").asText()).isEqualTo("TAKEN");
        assertThat(taken.json().get("contact").asText()).isEqualTo(VICTIM);
        awaitAudited("dissuasion-task:" + taskId, "contact: taken for the call");
        assertThat(api.get("/api/v1/dissuasion-tasks/" + taskId, xiamen)
                        .json()
                        .get("contact")
                        .asText())
                .isEqualTo("+86139****5678");
        Map<String, String> outcome = Map.of("outcome", "DISSUADED", "note", "已联系本人，确认冒充公检法，已劝阻，未转账");
        Answer recorded = api.post("/api/v1/dissuasion-tasks/" + taskId + "/outcome", xiamen, outcome);
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
        assertThat(recorded.json().get("status").asText()).isEqualTo("DONE");
        assertThat(recorded.json().get("outcome").asText()).isEqualTo("DISSUADED");
        assertThat(api.post("/api/v1/dissuasion-tasks/" + taskId + "/outcome", xiamen, outcome)
                        .status())
                .isEqualTo(200);
        Answer changed =
                api.post("/api/v1/dissuasion-tasks/" + taskId + "/outcome", xiamen, Map.of("outcome", "ALREADY_PAID"));
        assertThat(changed.status()).as(changed.text()).isEqualTo(409);
        assertThat(fields(api.post(
                        "/api/v1/dissuasion-tasks/" + taskId + "/outcome", xiamen, Map.of("outcome", "MAYBE"))))
                .containsExactly("outcome");
        JsonNode figures = api.get("/api/v1/dissuasion-tasks/figures", xiamen).json();
        assertThat(figures.path("byOutcome").path("DISSUADED").asInt())
                .as(figures.toString())
                .isGreaterThanOrEqualTo(1);

        // the payment partner's inbox has the warning; the telecom's call made none
        JsonNode inbox = api.get("/api/v1/warnings?outcome=HOLD", payplat).json();
        assertThat(inbox.get("items")).anySatisfy(d -> {
            assertThat(d.get("eventId").asText()).isEqualTo("pay-1");
            assertThat(d.get("rulesVersion").asInt()).isEqualTo(version);
            assertThat(d.get("id").asLong()).isPositive();
        });
        assertThat(api.get("/api/v1/warnings", telecom).json().get("items"))
                .noneMatch(d -> d.get("eventId").asText().equals("pay-1"));
        // and its webhook got it, signed
        await().atMost(Duration.ofSeconds(20))
                .until(() -> received.stream().anyMatch(d -> d.get("body").contains("pay-1")));
        Map<String, String> delivery = received.stream()
                .filter(d -> d.get("body").contains("pay-1"))
                .findFirst()
                .orElseThrow();
        assertThat(delivery.get("event")).isEqualTo("warning.issued");
        String t = delivery.get("signature").split(",")[0].substring(2);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.HexFormat.of()
                .formatHex(mac.doFinal((t + "." + delivery.get("body")).getBytes(StandardCharsets.UTF_8)));
        assertThat(delivery.get("signature")).endsWith("v1=" + expected);
        assertThat(delivery.get("body")).contains("\"outcome\":\"HOLD\"");
        // the webhook tells the decision's time as the inbox does (the time as stored, to the microsecond)
        String decidedAt = StreamSupport.stream(inbox.get("items").spliterator(), false)
                .filter(d -> d.get("eventId").asText().equals("pay-1"))
                .findFirst()
                .orElseThrow()
                .get("decidedAt")
                .asText();
        assertThat(delivery.get("body")).contains("\"decidedAt\":\"" + decidedAt + "\"");
    }

    @Test
    void aTaskForARegionNoCentreCoversGoesToTheMostGeneralCentreAndSaysSo() {
        String payer = "+8613900000077";
        events(telecom, List.of(call("op-fb", minutesAgo(10), GANG_NUMBER, payer, 120)));
        JsonNode answer =
                check(payplat, transfer("pay-fb", minutesAgo(5), payer, "alipay:2088999900000077", "3000", "110105"));
        assertThat(answer.get("outcome").asText()).isEqualTo("HOLD");
        await().atMost(Duration.ofSeconds(20)).until(() -> task(fujian, "pay-fb") != null);
        JsonNode task = task(fujian, "pay-fb");
        assertThat(task.get("priority").asText()).isEqualTo("MEDIUM");
        assertThat(api.get("/api/v1/dissuasion-tasks/" + task.get("id").asLong(), xiamen)
                        .status())
                .isEqualTo(404);
        assertThat(task.get("fallback").asBoolean()).isTrue();
        assertThat(task.get("region").asText()).isEqualTo("110105");
    }

    @Test
    void aBurstOfShortCallsMakesTheNumberSuspectedButNeverAnAllowlistedOne() {
        String robocaller = "+8617099990000";
        List<Map<String, Object>> burst = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            burst.add(
                    call("burst-" + i, minutesAgo(50 - i), robocaller, "+86139" + String.format("%08d", 1000 + i), 8));
        }
        JsonNode sent = events(telecom, burst);
        assertThat(sent.get("accepted").asInt()).isEqualTo(40);
        assertThat(sent.get("decisions")).singleElement().satisfies(d -> {
            assertThat(d.get("ruleId").asText()).isEqualTo("calling-burst");
            assertThat(d.get("outcome").asText()).isEqualTo("SUSPECT");
            assertThat(d.get("subject").asText()).isEqualTo(robocaller);
        });
        // the registry takes it as the telecom's detection; the check API then warns about the number
        await().atMost(Duration.ofSeconds(20))
                .until(() -> verdict(robocaller, "PHONE_NUMBER").equals("SUSPICIOUS"));

        Answer allowlisted = api.post("/api/v1/allowlist", admin, Map.of("kind", "PHONE_NUMBER", "value", "95566"));
        assertThat(allowlisted.status()).as(allowlisted.text()).isIn(200, 201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> verdict("95566", "PHONE_NUMBER").equals("ALLOWLISTED"));
        List<Map<String, Object>> official = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            official.add(
                    call("bank-" + i, minutesAgo(50 - i), "+8695566", "+86139" + String.format("%08d", 2000 + i), 8));
        }
        assertThat(events(telecom, official).get("decisions")).isEmpty();
        assertThat(verdict("95566", "PHONE_NUMBER")).isEqualTo("ALLOWLISTED");
    }

    @Test
    void theDecisionsHandOffReadsBackFromTheEventPublicationRegistryAsItWasWritten() {
        // the listeners of DecisionsMade get the decisions in the event; a publication left over at a restart is
        // read back from its serialized form, so every field must survive it, nulls included
        Decision held = new Decision(
                "tx-1",
                Instant.parse("2026-11-29T08:00:00Z"),
                RuleSet.CONTACT_THEN_NEW_PAYEE,
                3,
                SubjectKind.SUBSCRIBER,
                VICTIM,
                Outcome.HOLD,
                Priority.HIGH,
                ScamType.IMPERSONATING_OFFICIALS,
                List.of(new RuleReason("listed-contact", "被列名号码来电", "a call from a listed number")),
                List.of("call-1", "tx-1"));
        Decision suspect = new Decision(
                "call-9",
                Instant.parse("2026-11-29T08:01:00Z"),
                RuleSet.CALLING_BURST,
                3,
                SubjectKind.NUMBER,
                GANG_NUMBER,
                Outcome.SUSPECT,
                null,
                null,
                List.of(),
                List.of("call-9"));
        DecisionsMade made = new DecisionsMade(
                7,
                List.of(
                        new MadeDecision(11, held, Instant.parse("2026-11-29T08:00:01Z")),
                        new MadeDecision(12, suspect, Instant.parse("2026-11-29T08:01:01Z"))));

        Object serialized = eventSerializer.serialize(made);

        assertThat(eventSerializer.deserialize(serialized, DecisionsMade.class)).isEqualTo(made);
    }

    @Test
    void badEventsAreRefusedNamingEveryFieldAndNothingIsStored() {
        Map<String, Object> good = call("bad-0", minutesAgo(3), GANG_NUMBER, "+8613900000101", 30);
        Map<String, Object> badNumber = call("bad-1", minutesAgo(3), GANG_NUMBER, "not a number", 30);
        Map<String, Object> badAmount = transfer("bad-2", minutesAgo(3), VICTIM, "alipay:2088999900000101", "-5", null);
        badAmount.put("type", "transfer-attempt");
        Map<String, Object> future = call("bad-3", minutesAgo(-60), GANG_NUMBER, "+8613900000101", 30);
        Map<String, Object> noType = new LinkedHashMap<>(good);
        noType.remove("type");
        noType.put("id", "bad-4");

        assertThat(fields(api.post(
                        "/api/v1/events",
                        telecom,
                        Map.of("events", List.of(good, badNumber, badAmount, future, noType)))))
                .containsExactly("events[1].callee", "events[2].amount", "events[3].at", "events[4].type");
        // nothing of it was stored: the good event is new when sent alone
        assertThat(events(telecom, List.of(good)).get("accepted").asInt()).isEqualTo(1);
        assertThat(fields(api.post("/api/v1/events", telecom, Map.of("events", List.of()))))
                .containsExactly("events");
        assertThat(fields(api.post("/api/v1/transfer-checks", payplat, Map.of("id", "x", "at", minutesAgo(1)))))
                .containsExactly("payer");
        // regression: a type that is not a text, and a version beyond an int, were 500s
        assertThat(fields(api.post("/api/v1/transfer-checks", payplat, Map.of("type", Map.of(), "id", "x"))))
                .containsExactly("type");
        assertThat(fields(api.post(
                        "/api/v1/events",
                        telecom,
                        Map.of("events", List.of(Map.of("v", 4294967297L, "type", "sms", "id", "s1"))))))
                .containsExactly("events[0].v");
        // only partners send events
        assertThat(api.post("/api/v1/events", xiamen, Map.of("events", List.of(good)))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void retentionPurgesOnlyEventsReceivedBeforeItsLimit() {
        Map<String, Object> kept = call("kept-1", minutesAgo(2), "+8617100000009", "+8613900000209", 30);
        assertThat(events(telecom, List.of(kept)).get("accepted").asInt()).isEqualTo(1);
        // everything here arrived just now: a limit of a day ago purges nothing, and the event is still a resend
        assertThat(riskEvents.purgeReceivedBefore(Instant.now().minus(Duration.ofDays(1)), 100))
                .isZero();
        assertThat(events(telecom, List.of(kept)).get("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void aResentEventIsADuplicateAndTheSameIdWithOtherContentStoresNothing() {
        Map<String, Object> first = call("dup-1", minutesAgo(4), "+8617100000001", "+8613900000201", 30);
        Map<String, Object> second = call("dup-2", minutesAgo(4), "+8617100000001", "+8613900000202", 30);
        JsonNode sent = events(telecom, List.of(first, second));
        assertThat(sent.get("accepted").asInt()).isEqualTo(2);

        // the same two again, one of them written differently (another format of the same number): duplicates
        Map<String, Object> reformatted = new LinkedHashMap<>(first);
        reformatted.put("callee", "139 0000 0201");
        JsonNode again = events(telecom, List.of(reformatted, second, second));
        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(3);

        Map<String, Object> contradicting = new LinkedHashMap<>(first);
        contradicting.put("durationSeconds", 31);
        Map<String, Object> fresh = call("dup-3", minutesAgo(4), "+8617100000001", "+8613900000203", 30);
        Answer conflict = api.post("/api/v1/events", telecom, Map.of("events", List.of(fresh, contradicting)));
        assertThat(conflict.status()).as(conflict.text()).isEqualTo(409);
        assertThat(conflict.json().get("detail").asText()).contains("dup-1");
        assertThat(events(telecom, List.of(fresh)).get("accepted").asInt()).isEqualTo(1);
    }

    @Test
    void aRuleVersionMustGoUpAndABadFieldIsNamed() {
        int current = rulesVersion();
        Answer lower = yaml("PUT", "/api/v1/warning/rules", admin, ("version: " + current + "\nname: same again\n"));
        assertThat(fields(lower)).containsExactly("version");
        Answer badWindow = yaml(
                "PUT",
                "/api/v1/warning/rules",
                admin,
                ("version: " + (current + 1) + "\nrules:\n  calling-burst:\n    window: forever\n"));
        assertThat(fields(badWindow)).containsExactly("rules.calling-burst.window");
        Answer unknown = yaml(
                "PUT",
                "/api/v1/warning/rules",
                admin,
                ("version: " + (current + 1) + "\nrules:\n  calling-burts: {}\n"));
        assertThat(fields(unknown)).containsExactly("rules.calling-burts");
        assertThat(yaml("PUT", "/api/v1/warning/rules", xiamen, ("version: " + (current + 1) + "\n"))
                        .status())
                .isEqualTo(403);
        assertThat(rulesVersion()).isEqualTo(current);
        // a version that ran stays readable: the text behind a decision's rulesVersion
        assertThat(api.get("/api/v1/warning/rules/" + current, xiamen)
                        .json()
                        .get("text")
                        .asText())
                .contains("rules:");
    }

    @Test
    void aRuleFileReloadedMidStreamDropsNoEventAndStampsEachWithItsVersion() throws Exception {
        Auth reloadPay = api.issueKey(admin, api.agency(admin, "reload-pay", "PARTNER", "重载支付", "ReloadPay", null));
        int before = rulesVersion();
        int after = before + 10;
        List<JsonNode> answers = new ArrayList<>();
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(300);
                Files.writeString(rulesFile(), "version: " + after + "\nname: reloaded mid-stream\n");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        long deadline = System.currentTimeMillis() + 20_000;
        int i = 0;
        // payments to a listed account are BLOCKed whatever the version: every answer carries a decision
        while (System.currentTimeMillis() < deadline
                && (answers.isEmpty()
                        || answers.get(answers.size() - 1).get("rulesVersion").asInt() != after
                        || i < 60)) {
            answers.add(check(
                    reloadPay,
                    transfer("rl-" + i++, minutesAgo(1), "+8613900000301", MULE_ACCOUNT, "10.00", "350203")));
        }
        writer.join();
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.get("outcome").asText()).isEqualTo("BLOCK");
            assertThat(a.get("decisions").get(0).get("rulesVersion").asInt()).isIn(before, after);
        });
        List<Integer> versions =
                answers.stream().map(a -> a.get("rulesVersion").asInt()).toList();
        assertThat(versions).contains(before, after).isSorted();
        assertThat(api.get("/api/v1/warnings?size=500", reloadPay)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(answers.size());
        assertThat(rulesVersion()).isEqualTo(after);

        // a broken file is refused: the rules keep running and the gauge says so
        Files.writeString(rulesFile(), "version: " + (after + 1) + "\nrules:\n  spoofed-call:\n    enabled: perhaps\n");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.get("/actuator/prometheus", Auth.none())
                                .text()
                                .lines()
                                .filter(l -> l.startsWith("clearsky_warning_rules_refused")))
                        .anyMatch(l -> l.endsWith(" 1.0") || l.endsWith(" 1")));
        assertThat(rulesVersion()).isEqualTo(after);
        assertThat(check(reloadPay, transfer("rl-last", minutesAgo(1), "+8613900000301", MULE_ACCOUNT, "10.00", null))
                        .get("rulesVersion")
                        .asInt())
                .isEqualTo(after);
    }

    @Test
    void aBacktestShowsTheTransferWhoseAnswerARaisedHoldThresholdChanges() {
        String payer = "+8613900000401";
        events(telecom, List.of(call("bt-call", minutesAgo(40), GANG_NUMBER, payer, 300)));
        JsonNode paid = events(
                payplat,
                List.of(withType(
                        transfer("bt-pay", minutesAgo(30), payer, "alipay:2088999900000401", "50000", "350203"))));
        assertThat(paid.get("decisions").get(0).get("outcome").asText()).isEqualTo("HOLD");

        String proposed = "version: 99\nname: hold from 60,000 yuan\nrules:\n  contact-then-new-payee:\n"
                + "    hold-amount-yuan: 60000\n    high-priority-amount-yuan: 100000\n";
        String range = "?from=" + encoded(minutesAgo(60)) + "&to=" + encoded(minutesAgo(-1));
        Answer report = yaml("POST", "/api/v1/warning/backtests" + range, xiamen, proposed);
        assertThat(report.status()).as(report.text()).isEqualTo(200);
        assertThat(report.json().get("proposedVersion").asInt()).isEqualTo(99);
        assertThat(report.json().get("events").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(report.json().get("transferChanges")).anySatisfy(c -> {
            assertThat(c.get("eventId").asText()).isEqualTo("bt-pay");
            assertThat(c.get("current").asText()).isEqualTo("HOLD");
            assertThat(c.get("proposed").asText()).isEqualTo("REVIEW");
        });
        // the same rules change nothing
        Answer same = yaml(
                "POST",
                "/api/v1/warning/backtests" + range,
                xiamen,
                api.get("/api/v1/warning/rules", xiamen).json().get("text").asText());
        assertThat(same.json().get("transfersChanged").asLong()).isZero();

        assertThat(fields(yaml(
                        "POST",
                        "/api/v1/warning/backtests?from=" + encoded(minutesAgo(1)) + "&to=" + encoded(minutesAgo(2)),
                        xiamen,
                        proposed)))
                .containsExactly("to");
        assertThat(fields(yaml(
                        "POST", "/api/v1/warning/backtests" + range, xiamen, "version: 2\nmemory:\n  payee-days: 0\n")))
                .containsExactly("memory.payee-days");
    }

    private static Map<String, Object> withType(Map<String, Object> attempt) {
        Map<String, Object> typed = new LinkedHashMap<>(attempt);
        typed.put("type", "transfer-attempt");
        return typed;
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

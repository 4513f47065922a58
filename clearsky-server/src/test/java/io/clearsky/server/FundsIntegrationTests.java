package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Role;
import io.clearsky.server.funds.AccountRef;
import io.clearsky.server.funds.OrderManagement;
import io.clearsky.server.funds.TraceManagement;
import io.clearsky.server.funds.TraceRequest;
import io.clearsky.server.funds.TraceSources;
import io.clearsky.server.funds.TraceView;
import io.clearsky.server.funds.internal.LiveTransfers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Follow the money over real HTTP against a real database: DESIGN §1.4's story of a victim's 120,000 yuan moved
 * through two levels of accounts, with splits and merges, traced to the third level where all of it still is;
 * stop-payment orders to the partners that hold those accounts, acknowledged, followed by freezes; an assistance
 * request answered with transfers, numbers and a file; the money returned and the case's figures. Around it, the
 * partners' side: idempotent transfer batches, CSV, clear errors, signed webhooks, lapse of an unfollowed
 * stop-payment. Traces run on the in-memory transfer graph that follows the database, and equal those read from the
 * database by rounds. Subclasses choose the database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "clearsky.funds.stop-payment-term=PT6S",
            "clearsky.funds.term-check-millis=3600000",
            "clearsky.funds.trace-graph=memory",
            // small enough for a test to fill the mule search's look-back; the largest window read here holds 12
            "clearsky.funds.mule-max-transfers=20"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FundsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    OrderManagement orderManagement;

    @Autowired
    TraceManagement traces;

    @Autowired
    LiveTransfers liveTransfers;

    TestApi api;
    Auth admin;
    long xiamenId;
    Auth xiamen;
    Auth fastpay;
    Auth quickpay;
    Auth bank;
    HttpServer receiver;
    final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

    abstract Path dataDir();

    @BeforeAll
    void setUp() throws IOException {
        api = new TestApi(port);
        admin = api.firstAdmin(dataDir());
        xiamenId = api.agency(admin, "xiamen-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen AFC", "350200");
        xiamen = api.issueKey(admin, xiamenId);
        fastpay = api.issueKey(admin, api.agency(admin, "fastpay", "PARTNER", "快付", "FastPay", null));
        quickpay = api.issueKey(admin, api.agency(admin, "quickpay", "PARTNER", "速付", "QuickPay", null));
        bank = api.issueKey(admin, api.agency(admin, "abc-bank", "PARTNER", "某银行", "ABC Bank", null));
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            Map<String, String> delivery = new HashMap<>();
            delivery.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            delivery.put("signature", exchange.getRequestHeaders().getFirst("ClearSky-Signature"));
            delivery.put("event", exchange.getRequestHeaders().getFirst("ClearSky-Event"));
            delivery.put("id", exchange.getRequestHeaders().getFirst("ClearSky-Delivery"));
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

    /** Two days ago at 10:00 China time, plus minutes: a morning of transfers safely in the past. */
    private static String at(int minutes) {
        Instant morning = Instant.now()
                .truncatedTo(ChronoUnit.DAYS)
                .minus(Duration.ofDays(2))
                .plus(Duration.ofHours(2));
        return morning.plus(Duration.ofMinutes(minutes))
                .atOffset(ZoneOffset.ofHours(8))
                .toString();
    }

    private static Map<String, Object> transfer(
            String id, int minute, String payer, String payerAt, String payee, String payeeAt, String amount) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("transferId", id);
        t.put("time", at(minute));
        t.put("payerAccount", payer);
        t.put("payerInstitution", payerAt);
        t.put("payeeAccount", payee);
        t.put("payeeInstitution", payeeAt);
        t.put("amount", amount);
        t.put("channel", "BALANCE");
        return t;
    }

    private JsonNode send(Auth partner, List<Map<String, Object>> transfers) {
        Answer sent = api.post("/api/v1/funds/transfers", partner, Map.of("transfers", transfers));
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        return sent.json();
    }

    private JsonNode caseFor(String fraudNumber) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("occurredAt", at(0));
        report.put("scamType", "FAKE_INVESTMENT");
        report.put("loss", Map.of("amount", "120000", "currency", "CNY"));
        report.put("paymentMethod", "BANK_TRANSFER");
        report.put("identifiers", List.of(Map.of("kind", "PHONE_NUMBER", "value", fraudNumber)));
        report.put("region", "350203");
        report.put("narrative", "对方自称投资导师，让我转账到指定账户。");
        report.put("reporter", Map.of("name", "李四", "phone", "+8613800000001"));
        Answer filed = api.post(
                "/api/v1/reports",
                Auth.none(),
                report,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        long reportId = filed.json().get("reportId").asLong();
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/clusters/" + reportId, xiamen).status() == 200);
        Answer opened = api.post("/api/v1/cases", xiamen, Map.of("reportId", reportId, "title", "虚假投资理财案"));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return opened.json();
    }

    private JsonNode issue(Map<String, Object> order) {
        Answer issued = api.post(
                "/api/v1/funds/orders",
                xiamen,
                order,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        return issued.json();
    }

    private JsonNode acknowledge(Auth partner, long orderId, String executed) {
        Answer ack =
                api.post("/api/v1/funds/orders/" + orderId + "/acknowledge", partner, Map.of("executed", executed));
        assertThat(ack.status()).as(ack.text()).isEqualTo(200);
        return ack.json();
    }

    private static Map<String, Object> order(
            String kind, String account, String institution, String amount, Long caseId, Long follows) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", kind);
        o.put("legalDocument", "厦公（反诈）" + (kind.equals("FREEZE") ? "冻结" : "止付") + "字〔2026〕" + account);
        o.put("account", account);
        o.put("institution", institution);
        o.put("amount", amount);
        if (caseId != null) {
            o.put("caseId", caseId);
        }
        if (follows != null) {
            o.put("followsOrderId", follows);
        }
        return o;
    }

    private static Map<String, JsonNode> byAccount(JsonNode list) {
        Map<String, JsonNode> map = new HashMap<>();
        list.forEach(n -> map.put(n.get("account").get("account").asText(), n));
        return map;
    }

    @Test
    void theHundredAndTwentyThousandYuanAreTracedToTheThirdLevelFrozenAndReturned() throws Exception {
        Answer hook = api.send(
                "PUT",
                "/api/v1/funds/webhook",
                quickpay,
                Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks"));
        assertThat(hook.status()).as(hook.text()).isEqualTo(200);
        String secret = hook.json().get("secret").asText();

        // the victim's bank pays the first-level account at FastPay, which already held 5,000 yuan of someone else's
        send(
                bank,
                List.of(
                        transfer("S-OTHER-1", -60, "6222020000000001", "abc-bank", "FP-A1", "fastpay", "5000.00"),
                        transfer("S-VICTIM-1", 0, "6222020000000099", "abc-bank", "FP-A1", "fastpay", "120000.00")));
        // FastPay: A1 splits to a bank card (second level) and a QuickPay account (second level)
        JsonNode batch = send(
                fastpay,
                List.of(
                        transfer("F-1", 5, "FP-A1", null, "6222020000000201", "abc-bank", "70000.00"),
                        transfer("F-2", 6, "FP-A1", null, "QP-B2", "quickpay", "55000.00")));
        assertThat(batch.get("added").asInt()).isEqualTo(2);
        // the bank card splits again; QuickPay merges into one third-level account
        send(
                bank,
                List.of(
                        transfer("S-2", 20, "6222020000000201", "abc-bank", "FP-C1", "fastpay", "40000.00"),
                        transfer("S-3", 21, "6222020000000201", "abc-bank", "QP-C2", "quickpay", "30000.00")));
        send(quickpay, List.of(transfer("Q-1", 25, "QP-B2", null, "QP-C2", null, "55000.00")));
        // FastPay reports C1's balance after its last transfer
        Answer balance = api.post(
                "/api/v1/funds/balances",
                fastpay,
                Map.of("balances", List.of(Map.of("account", "FP-C1", "asOf", at(30), "balance", "40000.00"))));
        assertThat(balance.status()).as(balance.text()).isEqualTo(200);
        // the in-memory graph follows the database within a poll or two
        Instant written = Instant.now();
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> liveTransfers.followedSince(written));

        Answer traced =
                api.post("/api/v1/funds/traces", xiamen, Map.of("partner", "abc-bank", "transferId", "S-VICTIM-1"));
        assertThat(traced.status()).as(traced.text()).isEqualTo(200);
        JsonNode trace = traced.json();
        assertThat(trace.get("traced").get("amount").asText()).isEqualTo("120000.00");
        assertThat(trace.get("depth").asInt()).isEqualTo(3);
        Map<String, JsonNode> accounts = byAccount(trace.get("accounts"));
        assertThat(accounts.get("FP-A1").get("level").asInt()).isEqualTo(1);
        assertThat(accounts.get("FP-A1").get("residual").get("amount").asText()).isEqualTo("0.00");
        // FIFO: the 5,000 yuan that were there first left first, with the 70,000 to the bank card
        assertThat(accounts.get("6222020000000201")
                        .get("received")
                        .get("amount")
                        .asText())
                .isEqualTo("65000.00");
        assertThat(accounts.get("QP-B2").get("level").asInt()).isEqualTo(2);
        assertThat(accounts.get("FP-C1").get("level").asInt()).isEqualTo(3);
        // one incoming transfer is one lot: what leaves the bank card carries its 65/70 traced share
        assertThat(accounts.get("FP-C1").get("residual").get("amount").asText()).isEqualTo("37142.85");
        assertThat(accounts.get("FP-C1").get("balance").get("amount").asText()).isEqualTo("40000.00");
        assertThat(accounts.get("QP-C2").get("residual").get("amount").asText()).isEqualTo("82857.15");
        assertThat(trace.get("freezable").get("amount").asText()).isEqualTo("120000.00");
        Map<String, JsonNode> plan = byAccount(trace.get("freezePlan"));
        assertThat(plan).containsOnlyKeys("FP-C1", "QP-C2");
        assertThat(plan.get("QP-C2").get("partnerAgencyId").isNumber()).isTrue();
        assertThat(trace.get("transfers")).hasSize(6);
        String until = Instant.now().toString();
        TraceRequest fromVictim = TraceRequest.ofTransfer("abc-bank", "S-VICTIM-1", until);
        TraceRequest fromA1 = new TraceRequest(
                null, null, "FP-A1", "fastpay", at(0), "120000.00", null, "PROPORTIONAL", null, null, until);
        assertSameInBothGraphs(fromVictim, until);
        assertSameInBothGraphs(fromA1, until);

        // backward: who funded the first-level account? the victim, and the earlier payer, masked as payers are
        Answer funders = api.get("/api/v1/funds/accounts/fastpay/FP-A1/funders", xiamen);
        assertThat(funders.status()).as(funders.text()).isEqualTo(200);
        assertThat(byAccount(funders.json().get("funders"))).containsKeys("622202******0099", "622202******0001");

        // orders to the partners that hold the third-level accounts
        long caseId = caseFor("+8617099990001").get("id").asLong();
        JsonNode stopC1 = issue(order("STOP_PAYMENT", "FP-C1", "fastpay", "37142.85", caseId, null));
        JsonNode stopC2 = issue(order("STOP_PAYMENT", "QP-C2", "quickpay", "82857.15", caseId, null));
        assertThat(stopC1.get("orderNo").asText()).startsWith("ZF");
        assertThat(stopC1.get("status").asText()).isEqualTo("ISSUED");
        Answer inbox = api.get("/api/v1/funds/orders?status=ISSUED", quickpay);
        assertThat(inbox.json().get("items"))
                .extracting(n -> n.get("orderNo").asText())
                .contains(stopC2.get("orderNo").asText())
                .doesNotContain(stopC1.get("orderNo").asText());
        assertThat(api.get("/api/v1/funds/orders/" + stopC1.get("id").asLong(), quickpay)
                        .status())
                .isEqualTo(404);
        JsonNode executed = acknowledge(fastpay, stopC1.get("id").asLong(), "37142.85");
        assertThat(executed.get("status").asText()).isEqualTo("EXECUTED");
        acknowledge(quickpay, stopC2.get("id").asLong(), "82857.15");
        // the same acknowledgement again is a repeat; a different one is refused
        assertThat(acknowledge(fastpay, stopC1.get("id").asLong(), "37142.85").get("history"))
                .hasSize(2);
        assertThat(api.post(
                                "/api/v1/funds/orders/" + stopC1.get("id").asLong() + "/acknowledge",
                                fastpay,
                                Map.of("executed", "30000.00"))
                        .status())
                .isEqualTo(409);

        JsonNode freezeC1 = issue(order(
                "FREEZE",
                "FP-C1",
                "fastpay",
                "37142.85",
                caseId,
                stopC1.get("id").asLong()));
        JsonNode freezeC2 = issue(order(
                "FREEZE",
                "QP-C2",
                "quickpay",
                "82857.15",
                caseId,
                stopC2.get("id").asLong()));
        assertThat(freezeC1.get("orderNo").asText()).startsWith("DJ");
        acknowledge(fastpay, freezeC1.get("id").asLong(), "37142.85");
        acknowledge(quickpay, freezeC2.get("id").asLong(), "82857.15");
        assertThat(api.get("/api/v1/funds/orders/" + stopC1.get("id").asLong(), xiamen)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("SUPERSEDED");
        Answer extended = api.post(
                "/api/v1/funds/orders/" + freezeC2.get("id").asLong() + "/extend",
                xiamen,
                Map.of("until", Instant.now().plus(Duration.ofDays(365)).toString(), "legalDocument", "延长冻结〔2026〕1号"));
        assertThat(extended.status()).as(extended.text()).isEqualTo(200);
        assertThat(extended.json().get("history"))
                .extracting(n -> n.get("action").asText())
                .containsExactly("ISSUED", "EXECUTED", "EXTENDED");

        // QuickPay's webhook got its orders, signed
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 5);
        Map<String, String> first = received.get(0);
        assertThat(first.get("event")).isEqualTo("order.issued");
        String t = first.get("signature").split(",")[0].substring(2);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.HexFormat.of()
                .formatHex(mac.doFinal((t + "." + first.get("body")).getBytes(StandardCharsets.UTF_8)));
        assertThat(first.get("signature")).endsWith("v1=" + expected);
        assertThat(first.get("body")).contains(stopC2.get("orderNo").asText());

        // an assistance request to FastPay about the first-level account, answered with data and a file
        Answer asked = api.post(
                "/api/v1/funds/assistance",
                xiamen,
                Map.of(
                        "partner",
                        "fastpay",
                        "subjectKind",
                        "ACCOUNT",
                        "subject",
                        "FP-A1",
                        "asks",
                        List.of("HOLDER", "TRANSFERS", "BOUND_PHONES", "DEVICES"),
                        "from",
                        at(-24 * 60),
                        "to",
                        at(60),
                        "caseId",
                        caseId),
                Map.of("Idempotency-Key", "xc-1"));
        assertThat(asked.status()).as(asked.text()).isEqualTo(201);
        long requestId = asked.json().get("id").asLong();
        assertThat(api.post(
                                "/api/v1/funds/assistance",
                                xiamen,
                                Map.of(
                                        "partner",
                                        "fastpay",
                                        "subjectKind",
                                        "ACCOUNT",
                                        "subject",
                                        "FP-A1",
                                        "asks",
                                        List.of("HOLDER", "TRANSFERS", "BOUND_PHONES", "DEVICES"),
                                        "from",
                                        at(-24 * 60),
                                        "to",
                                        at(60),
                                        "caseId",
                                        caseId),
                                Map.of("Idempotency-Key", "xc-1"))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/funds/assistance?status=OPEN", fastpay)
                        .json()
                        .get("items"))
                .extracting(n -> n.get("id").asLong())
                .contains(requestId);
        Map<String, Object> answer = Map.of(
                "holder", Map.of("name", "王五", "idNumber", "35020319900101123X", "phone", "13912345678"),
                "transfers", List.of(transfer("F-0", -120, "6222020000000777", "abc-bank", "FP-A1", null, "3000.00")),
                "boundPhones", List.of("13912345678", "+86 170 9999 0002"),
                "devices", List.of(Map.of("kind", "IMEI", "id", "867530012345678")),
                "files",
                        List.of(Map.of(
                                "name", "流水.pdf",
                                "contentType", "application/pdf",
                                "content",
                                        Base64.getEncoder()
                                                .encodeToString("%PDF-1.4 test".getBytes(StandardCharsets.UTF_8)))));
        Answer answered = api.post("/api/v1/funds/assistance/" + requestId + "/answer", fastpay, answer);
        assertThat(answered.status()).as(answered.text()).isEqualTo(200);
        assertThat(answered.json().get("status").asText()).isEqualTo("ANSWERED");
        assertThat(answered.json().get("overdue").asBoolean()).isFalse();
        assertThat(answered.json().get("answer").get("boundPhones")).hasSize(2);
        assertThat(api.post("/api/v1/funds/assistance/" + requestId + "/answer", fastpay, answer)
                        .status())
                .isEqualTo(200);
        Answer file = api.get("/api/v1/funds/assistance/" + requestId + "/files/0", xiamen);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.text()).isEqualTo("%PDF-1.4 test");
        // the answer's transfer joined the record: now a third funder of A1, once the in-memory graph has followed
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> byAccount(api.get("/api/v1/funds/accounts/fastpay/FP-A1/funders", xiamen)
                                .json()
                                .get("funders"))
                        .containsKey("622202******0777"));
        // and its numbers reached the registry as FastPay's detections
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/indicators?kind=PHONE_NUMBER&q=%2B8613912345678", xiamen)
                        .text()
                        .contains("+8613912345678"));

        // the money goes back to the victim; the case's figures add up
        Answer returned = api.post(
                "/api/v1/funds/recoveries",
                xiamen,
                Map.of(
                        "caseId",
                        caseId,
                        "amount",
                        "82857.15",
                        "orderId",
                        freezeC2.get("id").asLong()),
                Map.of("Idempotency-Key", "r-1"));
        assertThat(returned.status()).as(returned.text()).isEqualTo(201);
        api.post(
                "/api/v1/funds/recoveries",
                xiamen,
                Map.of(
                        "caseId",
                        caseId,
                        "amount",
                        "37142.85",
                        "orderId",
                        freezeC1.get("id").asLong()),
                Map.of("Idempotency-Key", "r-2"));
        assertThat(api.post(
                                "/api/v1/funds/recoveries",
                                xiamen,
                                Map.of(
                                        "caseId",
                                        caseId,
                                        "amount",
                                        "0.01",
                                        "orderId",
                                        freezeC1.get("id").asLong()))
                        .status())
                .isEqualTo(409);
        JsonNode funds = api.get("/api/v1/funds/cases/" + caseId, xiamen).json();
        assertThat(funds.get("stopped").get(0).get("amount").asText()).isEqualTo("120000.00");
        assertThat(funds.get("frozen").get(0).get("amount").asText()).isEqualTo("120000.00");
        assertThat(funds.get("returned").get(0).get("amount").asText()).isEqualTo("120000.00");
        assertThat(funds.get("orders")).hasSize(4);
        JsonNode stats = api.get("/api/v1/funds/statistics", xiamen).json();
        assertThat(stats.get("requests").get("answered").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("requests").get("answeredOnTime").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("returned").get(0).get("amount").asText()).isEqualTo("120000.00");

        // every change is on the audit trail
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            String audit = api.get("/api/v1/audit?size=500", admin).text();
            return audit.contains("ORDER_EXECUTED")
                    && audit.contains("ORDER_SUPERSEDED")
                    && audit.contains("ASSISTANCE_ANSWERED")
                    && audit.contains("RECOVERY_RECORDED");
        });

        // after start, the graph follows new transfers: the third-level QuickPay account passes money on
        send(quickpay, List.of(transfer("Q-2", 40, "QP-C2", null, "QP-D1", null, "20000.00")));
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> accountsOf(TraceSources.inMemory(traces, fromVictim(), police()))
                        .contains("QP-D1"));
        TraceView followed = assertSameInBothGraphs(fromVictim(), null);
        assertThat(followed.depth()).isEqualTo(4);
        // and reversals: the bank card's 30,000 yuan to QP-C2 went back, so the traced share of them stays on the card
        // (62,000 of its 70,000 yuan are traced since F-0 joined A1's record; 40,000 of the 70,000 went on to C1)
        send(
                bank,
                List.of(withStatus(
                        transfer("S-3", 21, "6222020000000201", "abc-bank", "QP-C2", "quickpay", "30000.00"),
                        "REVERSED")));
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> TraceSources.inMemory(traces, fromVictim(), police()).transfers().stream()
                        .noneMatch(x -> x.transferId().equals("S-3")));
        TraceView reversed = assertSameInBothGraphs(fromVictim(), null);
        assertThat(reversed.accounts())
                .filteredOn(a -> a.account().account().equals("6222020000000201"))
                .singleElement()
                .satisfies(a -> assertThat(a.residual().amount()).isEqualTo("26571.43"));
    }

    private static Caller police() {
        return new Caller("graph-comparison", Role.SUPERVISOR, null);
    }

    private static TraceRequest fromVictim() {
        return TraceRequest.ofTransfer("abc-bank", "S-VICTIM-1", Instant.now().toString());
    }

    private static Map<String, Object> withStatus(Map<String, Object> transfer, String status) {
        transfer.put("status", status);
        return transfer;
    }

    private static List<String> accountsOf(TraceView trace) {
        return trace.accounts().stream().map(a -> a.account().account()).toList();
    }

    /**
     * The same trace on the in-memory graph and on the database by rounds gives the same accounts, amounts, freeze
     * plan and transfers; so do the funders of the trace's first account.
     */
    private TraceView assertSameInBothGraphs(TraceRequest request, String until) {
        TraceView inMemory = TraceSources.inMemory(traces, request, police());
        assertThat(inMemory).isEqualTo(TraceSources.fromDatabase(traces, request, police()));
        AccountRef first = inMemory.accounts().get(0).account();
        // in clear, so that two payers masked alike cannot pass for one another
        String reason = "compare the in-memory graph with the database";
        assertThat(TraceSources.fundersInMemory(traces, first, until, reason, police()))
                .isEqualTo(TraceSources.fundersFromDatabase(traces, first, until, reason, police()));
        return inMemory;
    }

    /** Ten days ago at 10:00 China time, plus minutes: a morning no other test of this class uses. */
    /** {@code days} days ago at 10:00 China time, plus minutes. */
    private static String daysAgo(int days, int minutes) {
        return at(-(days - 2) * 24 * 60 + minutes);
    }

    private static String tenDaysAgo(int minutes) {
        return at(-8 * 24 * 60 + minutes);
    }

    private static String query(String time) {
        return time.replace("+", "%2B");
    }

    /** Twelve days ago at 10:00 China time, plus minutes: a morning no other test of this class uses. */
    private static String twelveDaysAgo(int minutes) {
        return at(-10 * 24 * 60 + minutes);
    }

    private static Map<String, Object> cash(Map<String, Object> transfer) {
        transfer.put("channel", "ATM");
        return transfer;
    }

    @Test
    void moneyWithdrawnInCashEndsTheTraceAndIsNeverInTheFreezePlan() {
        // victim → FastPay L1 → bank card L2 → bank card L3, which withdraws 25,000 yuan at an ATM in Xiamen
        send(bank, List.of(transfer("CW-V", 200, "6222020000000700", "abc-bank", "FP-CW1", "fastpay", "100000.00")));
        send(fastpay, List.of(transfer("CW-1", 205, "FP-CW1", null, "6222020000000702", "abc-bank", "100000.00")));
        send(
                bank,
                List.of(
                        transfer("CW-2", 210, "6222020000000702", null, "6222020000000703", null, "60000.00"),
                        cash(transfer("CW-3", 220, "6222020000000703", null, "cash:350200", null, "25000.00"))));
        Instant written = Instant.now();
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> liveTransfers.followedSince(written));

        String until = Instant.now().toString();
        TraceView trace = assertSameInBothGraphs(TraceRequest.ofTransfer("abc-bank", "CW-V", until), until);

        TraceView.Account withdrawal = trace.accounts().stream()
                .filter(a -> a.account().account().equals("cash:350200"))
                .findFirst()
                .orElseThrow();
        assertThat(withdrawal.cash()).isTrue();
        assertThat(withdrawal.level()).isEqualTo(4);
        assertThat(withdrawal.withdrawn().amount()).isEqualTo("25000.00");
        assertThat(withdrawal.residual().amount()).isEqualTo("0.00");
        assertThat(trace.withdrawn().amount()).isEqualTo("25000.00");
        assertThat(trace.accounts())
                .filteredOn(a -> !a.cash())
                .allMatch(a -> a.withdrawn().minor() == 0);
        assertThat(trace.freezePlan())
                .extracting(f -> f.account().account(), f -> f.amount().amount())
                .containsExactly(tuple("6222020000000702", "40000.00"), tuple("6222020000000703", "35000.00"));
        assertThat(trace.freezable().amount()).isEqualTo("75000.00");

        // over HTTP the same, and an order on the cash point is refused
        JsonNode json = api.post("/api/v1/funds/traces", xiamen, Map.of("partner", "abc-bank", "transferId", "CW-V"))
                .json();
        JsonNode cashPoint = byAccount(json.get("accounts")).get("cash:350200");
        assertThat(cashPoint.get("cash").asBoolean()).isTrue();
        assertThat(cashPoint.get("withdrawn").get("amount").asText()).isEqualTo("25000.00");
        assertThat(byAccount(json.get("freezePlan"))).containsOnlyKeys("6222020000000702", "6222020000000703");
        Answer refused = api.post(
                "/api/v1/funds/orders",
                xiamen,
                order("STOP_PAYMENT", "cash:350200", "abc-bank", "25000.00", null, null),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("account");
    }

    @Test
    void aMuleSearchNeitherFlagsACashPointNorCountsCashDepositsAsPayers() {
        List<Map<String, Object>> batch = new ArrayList<>();
        Map<Object, Integer> minuteOf = new HashMap<>();
        java.util.function.BiConsumer<Map<String, Object>, Integer> add = (t, minute) -> {
            batch.add(t);
            minuteOf.put(t.get("transferId"), minute);
        };
        for (int v = 1; v <= 3; v++) {
            // a mule: three victims' money, cashed out within minutes
            add.accept(
                    transfer("CM-IN-" + v, v * 30, "622202000000910" + v, null, "6222020000000920", null, "5000.00"),
                    v * 30);
            add.accept(
                    cash(transfer("CM-OUT-" + v, v * 30 + 5, "6222020000000920", null, "cash:350209", null, "4900.00")),
                    v * 30 + 5);
            // the ATM looks like a mule: three people withdraw, and deposits go out within minutes
            add.accept(
                    cash(transfer("CM-W-" + v, 200 + v, "622202000000930" + v, null, "cash:350209", null, "5000.00")),
                    200 + v);
            add.accept(
                    cash(transfer("CM-D-" + v, 210 + v, "cash:350209", null, "622202000000940" + v, null, "5000.00")),
                    210 + v);
            // cash deposited at three ATMs and passed on: cash deposits are no payers
            add.accept(
                    cash(transfer(
                            "CM-CD-" + v, 300 + v * 10, "cash:35021" + v, null, "6222020000000950", null, "5000.00")),
                    300 + v * 10);
            add.accept(
                    transfer("CM-F-" + v, 305 + v * 10, "6222020000000950", null, "QP-CM9", "quickpay", "4900.00"),
                    305 + v * 10);
        }
        batch.forEach(t -> t.put("time", twelveDaysAgo(minuteOf.get(t.get("transferId")))));
        send(bank, batch);

        String window = "?from=" + query(twelveDaysAgo(0)) + "&to=" + query(twelveDaysAgo(600));
        Answer found = api.get("/api/v1/funds/mules" + window, xiamen);

        assertThat(found.status()).as(found.text()).isEqualTo(200);
        assertThat(found.json().get("transfers").asInt()).isEqualTo(18);
        JsonNode mules = found.json().get("mules");
        assertThat(mules.get("items"))
                .extracting(n -> n.get("account").get("account").asText())
                .containsExactly("6222020000000920");
        assertThat(mules.get("items").get(0).get("forwards"))
                .extracting(n -> n.get("payee").get("account").asText())
                .containsOnly("cash:350209");
    }

    @Test
    void aMuleSearchFlagsTheAccountThatPassedThreeVictimsMoneyOnWithItsEvidence() {
        List<Map<String, Object>> batch = new ArrayList<>();
        Map<Object, Integer> minuteOf = new HashMap<>();
        for (int v = 1; v <= 3; v++) {
            int minute = v * 90;
            batch.add(transfer("MU-IN-" + v, minute, "622202000000300" + v, "abc-bank", "FP-M1", null, "5000.00"));
            batch.add(transfer("MU-OUT-" + v, minute + 7, "FP-M1", null, "QP-M2", "quickpay", "4950.00"));
            minuteOf.put("MU-IN-" + v, minute);
            minuteOf.put("MU-OUT-" + v, minute + 7);
        }
        // a shop: many customers, nothing passed on
        for (int c = 1; c <= 6; c++) {
            batch.add(transfer("MU-SHOP-" + c, c * 10, "FP-CUST" + c, null, "FP-SHOP", null, "88.00"));
            minuteOf.put("MU-SHOP-" + c, c * 10);
        }
        // the helper dates transfers two days ago: move them to a morning of their own
        batch.forEach(t -> t.put("time", tenDaysAgo(minuteOf.get(t.get("transferId")))));
        send(fastpay, batch);

        String window = "?from=" + query(tenDaysAgo(0)) + "&to=" + query(tenDaysAgo(600));
        Answer found = api.get("/api/v1/funds/mules" + window, xiamen);

        assertThat(found.status()).as(found.text()).isEqualTo(200);
        JsonNode mules = found.json().get("mules");
        assertThat(mules.get("total").asLong()).isEqualTo(1);
        JsonNode mule = mules.get("items").get(0);
        assertThat(mule.get("account").get("account").asText()).isEqualTo("FP-M1");
        assertThat(mule.get("partner").asText()).isEqualTo("fastpay");
        assertThat(mule.get("unrelatedPayers").asInt()).isEqualTo(3);
        assertThat(mule.get("received").get("amount").asText()).isEqualTo("15000.00");
        assertThat(mule.get("forwarded").get("amount").asText()).isEqualTo("14850.00");
        assertThat(mule.get("medianDelaySeconds").asLong()).isEqualTo(420);
        assertThat(mule.get("payments"))
                .extracting(n -> n.get("payer").get("account").asText())
                .containsExactly("622202******3001", "622202******3002", "622202******3003");
        assertThat(mule.get("forwards"))
                .extracting(n -> n.get("payee").get("institution").asText())
                .containsOnly("quickpay");
        assertThat(found.json().get("transfers").asInt()).isEqualTo(12);
        assertThat(found.json().get("rule").get("minPayers").asInt()).isEqualTo(3);

        // only centres search; a window that is malformed, backwards or too long is refused naming the field
        assertThat(api.get("/api/v1/funds/mules" + window, fastpay).status()).isEqualTo(403);
        Answer malformed = api.get("/api/v1/funds/mules?from=yesterday", xiamen);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
        Answer tooLong =
                api.get("/api/v1/funds/mules?from=" + query(at(-40 * 24 * 60)) + "&to=" + query(at(0)), xiamen);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
        Answer badPage = api.get("/api/v1/funds/mules" + window + "&size=1000", xiamen);
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.json().get("errors").get(0).get("field").asText()).isEqualTo("size");
        // a page far past the end is empty, not an overflow
        Answer farPage = api.get("/api/v1/funds/mules" + window + "&page=21474837&size=100", xiamen);
        assertThat(farPage.status()).as(farPage.text()).isEqualTo(200);
        assertThat(farPage.json().get("mules").get("items")).isEmpty();
    }

    @Test
    void aMuleSearchReadsTheLookBackSoAPayerThatDealtWithTheAccountBeforeIsNoStranger() {
        // 20 days ago three payers pass money through FP-L1 within minutes; one of them had paid it 25 days ago
        List<Map<String, Object>> batch = new ArrayList<>();
        Map<Object, String> timeOf = new HashMap<>();
        for (int v = 1; v <= 3; v++) {
            int minute = v * 90;
            batch.add(transfer("LB-IN-" + v, 0, "622202000000400" + v, "abc-bank", "FP-L1", null, "5000.00"));
            batch.add(transfer("LB-OUT-" + v, 0, "FP-L1", null, "QP-L2", "quickpay", "4950.00"));
            timeOf.put("LB-IN-" + v, daysAgo(20, minute));
            timeOf.put("LB-OUT-" + v, daysAgo(20, minute + 7));
        }
        batch.add(transfer("LB-OLD", 0, "6222020000004001", "abc-bank", "FP-L1", null, "50.00"));
        timeOf.put("LB-OLD", daysAgo(25, 0));
        batch.forEach(t -> t.put("time", timeOf.get(t.get("transferId"))));
        send(fastpay, batch);
        String window = "?from=" + query(daysAgo(20, 0)) + "&to=" + query(daysAgo(20, 600));

        Answer found = api.get("/api/v1/funds/mules" + window, xiamen);

        assertThat(found.status()).as(found.text()).isEqualTo(200);
        assertThat(found.json().get("transfers").asInt()).isEqualTo(6);
        JsonNode history = found.json().get("history");
        assertThat(history.get("transfers").asInt()).isEqualTo(1);
        assertThat(history.get("complete").asBoolean()).isTrue();
        assertThat(Instant.parse(history.get("from").asText()))
                .isEqualTo(OffsetDateTime.parse(daysAgo(50, 0)).toInstant());
        // two strangers and an old acquaintance: not three unrelated payers
        assertThat(found.json().get("mules").get("total").asLong()).isZero();

        Answer two = api.get("/api/v1/funds/mules" + window + "&minPayers=2", xiamen);
        assertThat(two.status()).as(two.text()).isEqualTo(200);
        assertThat(two.json().get("rule").get("minPayers").asInt()).isEqualTo(2);
        JsonNode mule = two.json().get("mules").get("items").get(0);
        assertThat(mule.get("account").get("account").asText()).isEqualTo("FP-L1");
        assertThat(mule.get("unrelatedPayers").asInt()).isEqualTo(2);
        assertThat(mule.get("received").get("amount").asText()).isEqualTo("15000.00");
        assertThat(mule.get("payments"))
                .extracting(n -> n.get("payer").get("account").asText() + " "
                        + n.get("newPayer").asBoolean())
                .containsExactly("622202******4001 false", "622202******4002 true", "622202******4003 true");

        // more history than the cap leaves room for (20 - 6): the latest 14 are read, the oldest instant read is
        // left out whole, and the answer says how far back it got
        List<Map<String, Object>> old = new ArrayList<>();
        for (int m = 0; m < 20; m++) {
            Map<String, Object> t = transfer("LB-H-" + m, 0, "FP-H" + m, null, "FP-H" + (m + 1), null, "10.00");
            t.put("time", daysAgo(27, m));
            old.add(t);
        }
        send(fastpay, old);
        Answer cut = api.get("/api/v1/funds/mules" + window, xiamen);
        assertThat(cut.status()).as(cut.text()).isEqualTo(200);
        assertThat(cut.json().get("history").get("complete").asBoolean()).isFalse();
        // LB-OLD and the minutes 19 down to 7; minute 6 was read, but its instant could hold more: left out
        assertThat(cut.json().get("history").get("transfers").asInt()).isEqualTo(14);
        assertThat(Instant.parse(cut.json().get("history").get("from").asText()))
                .isEqualTo(OffsetDateTime.parse(daysAgo(27, 7)).toInstant());
        assertThat(cut.json().get("mules").get("total").asLong()).isZero();
    }

    @Test
    void aMuleSearchTakesACentresOwnThresholdsWithinBoundsNamingTheFieldOfABadOne() {
        String window = "?from=" + query(daysAgo(30, 0)) + "&to=" + query(daysAgo(30, 600));
        Answer own =
                api.get("/api/v1/funds/mules" + window + "&minPayers=5&maxDelay=PT30M&minForwardedShare=0.8", xiamen);
        assertThat(own.status()).as(own.text()).isEqualTo(200);
        JsonNode rule = own.json().get("rule");
        assertThat(rule.get("minPayers").asInt()).isEqualTo(5);
        assertThat(rule.get("maxDelaySeconds").asLong()).isEqualTo(1_800);
        assertThat(rule.get("minForwardedShare").asDouble()).isEqualTo(0.8);

        for (String[] bad : new String[][] {
            {"minPayers", "0"},
            {"minPayers", "21"},
            {"minPayers", "three"},
            {"maxDelay", "PT30S"},
            {"maxDelay", "P2D"},
            {"maxDelay", "1h"},
            {"minForwardedShare", "0"},
            {"minForwardedShare", "1.5"},
            {"minForwardedShare", "NaN"},
            {"minForwardedShare", "half"}
        }) {
            Answer refused = api.get("/api/v1/funds/mules" + window + "&" + bad[0] + "=" + bad[1], xiamen);
            assertThat(refused.status()).as(bad[0] + "=" + bad[1]).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .as(bad[0] + "=" + bad[1])
                    .isEqualTo(bad[0]);
        }
    }

    @Test
    void thePayersOfASuspectAccountAreMaskedUnlessRevealedForOneQueryWithAReasonOnTheAuditTrail() {
        // five days ago three cards pay FP-P1, which passes the money on to QuickPay within minutes
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int v = 1; v <= 3; v++) {
            Map<String, Object> in =
                    transfer("PP-IN-" + v, 0, "622202000000500" + v, "abc-bank", "FP-P1", null, "3000.00");
            in.put("time", daysAgo(5, v * 60));
            Map<String, Object> out = transfer("PP-OUT-" + v, 0, "FP-P1", null, "QP-P2", "quickpay", "2900.00");
            out.put("time", daysAgo(5, v * 60 + 5));
            batch.add(in);
            batch.add(out);
        }
        send(fastpay, batch);
        String transfers = "/api/v1/funds/accounts/fastpay/FP-P1/transfers";
        String funders = "/api/v1/funds/accounts/fastpay/FP-P1/funders";
        String from = daysAgo(5, 0);
        String to = daysAgo(5, 600);
        String mules = "/api/v1/funds/mules?from=" + query(from) + "&to=" + query(to);
        List<String> masked = List.of("622202******5001", "622202******5002", "622202******5003");
        List<String> clear = List.of("6222020000005001", "6222020000005002", "6222020000005003");

        // by default every payer is masked (a card keeps its BIN and last 4); the partner's transfer ids, amounts
        // and times stay, and so do the account asked about and whom it paid
        Answer listed = api.get(transfers, xiamen);
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        assertThat(listed.json().get("items"))
                .extracting(t ->
                        t.get("transferId").asText() + " " + account(t.get("payer")) + " > " + account(t.get("payee"))
                                + " " + t.get("amount").get("amount").asText())
                .contains("PP-IN-1 abc-bank/622202******5001 > fastpay/FP-P1 3000.00")
                .contains("PP-OUT-1 fastpay/FP-P1 > quickpay/QP-P2 2900.00");
        assertThat(listed.text()).doesNotContain(clear.get(0));
        Answer funded = api.get(funders, xiamen);
        assertThat(funded.status()).as(funded.text()).isEqualTo(200);
        assertThat(byAccount(funded.json().get("funders"))).containsOnlyKeys(masked);
        Answer found = api.get(mules, xiamen);
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        JsonNode mule = found.json().get("mules").get("items").get(0);
        assertThat(mule.get("account").get("account").asText()).isEqualTo("FP-P1");
        assertThat(mule.get("payments"))
                .extracting(p -> p.get("payer").get("account").asText())
                .containsExactlyElementsOf(masked);

        // with a reason, a role with PII_REVEAL sees them in clear for that one query, and the audit trail says so
        String why = "ask abc-bank whether the cards that paid FP-P1 are victims";
        String reason = "reason=" + URLEncoder.encode(why, StandardCharsets.UTF_8);
        Answer revealed = api.get(transfers + "?" + reason, xiamen);
        assertThat(revealed.status()).as(revealed.text()).isEqualTo(200);
        assertThat(revealed.json().get("items"))
                .extracting(t -> account(t.get("payer")))
                .contains("abc-bank/" + clear.get(0), "fastpay/FP-P1");
        assertThat(byAccount(api.get(funders + "?" + reason, xiamen).json().get("funders")))
                .containsOnlyKeys(clear);
        assertThat(api.get(mules + "&" + reason, xiamen)
                        .json()
                        .get("mules")
                        .get("items")
                        .get(0)
                        .get("payments"))
                .extracting(p -> p.get("payer").get("account").asText())
                .containsExactlyElementsOf(clear);
        awaitRevealed("account-transfers:fastpay/FP-P1", "payers: " + why);
        awaitRevealed("account-funders:fastpay/FP-P1", "payers: " + why);
        awaitRevealed(
                "mules:" + OffsetDateTime.parse(from).toInstant() + ".."
                        + OffsetDateTime.parse(to).toInstant() + " CNY",
                "payers: " + why);
        // the next query without a reason is masked again
        assertThat(api.get(transfers, xiamen).text()).doesNotContain(clear.get(0));

        // a reason too short to say anything is refused naming it; so is one from a key without PII_REVEAL
        for (String path : List.of(transfers + "?reason=why", funders + "?reason=why", mules + "&reason=why")) {
            Answer refused = api.get(path, xiamen);
            assertThat(refused.status()).as(path + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("reason");
        }
        Answer narrowed = api.post(
                "/api/v1/agencies/" + xiamenId + "/api-keys",
                admin,
                Map.of("name", "tracing only", "scopes", List.of("TRACE")));
        assertThat(narrowed.status()).as(narrowed.text()).isEqualTo(201);
        Auth traceOnly = Auth.key(narrowed.json().get("key").asText());
        for (String path : List.of(transfers + "?" + reason, funders + "?" + reason, mules + "&" + reason)) {
            Answer refused = api.get(path, traceOnly);
            assertThat(refused.status()).as(path + ": " + refused.text()).isEqualTo(403);
            assertThat(refused.json().get("detail").asText()).contains("PII_REVEAL");
        }
        assertThat(api.get(transfers, traceOnly).text()).contains(masked.get(0));
    }

    private static String account(JsonNode ref) {
        return ref.get("institution").asText() + "/" + ref.get("account").asText();
    }

    /** Waits for the audit trail's record of a reveal. */
    private void awaitRevealed(String subject, String detail) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.get("/api/v1/audit?action=PERSONAL_DATA_REVEALED&size=500", admin)
                                .json())
                        .anySatisfy(r -> {
                            assertThat(r.get("agencyId").asLong()).isEqualTo(xiamenId);
                            assertThat(r.get("subject").asText()).isEqualTo(subject);
                            assertThat(r.get("detail").asText()).isEqualTo(detail);
                        }));
    }

    @Test
    void aResentBatchIsARepeatAndAContradictionStoresNothing() {
        List<Map<String, Object>> batch = List.of(
                transfer("R-1", 100, "FP-R1", null, "FP-R2", null, "100.00"),
                transfer("R-2", 101, "FP-R2", null, "FP-R3", null, "50.00"));
        assertThat(send(fastpay, batch).get("added").asInt()).isEqualTo(2);
        JsonNode again = send(fastpay, batch);
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("repeated").asInt()).isEqualTo(2);
        // the same transfer id of another partner is another transfer
        assertThat(send(quickpay, batch).get("added").asInt()).isEqualTo(2);

        Map<String, Object> pending = transfer("R-3", 102, "FP-R3", null, "FP-R4", null, "20.00");
        pending.put("status", "PENDING");
        send(fastpay, List.of(pending));
        Map<String, Object> settled = new LinkedHashMap<>(pending);
        settled.put("status", "SUCCEEDED");
        assertThat(send(fastpay, List.of(settled)).get("updated").asInt()).isEqualTo(1);
        assertThat(send(fastpay, List.of(pending)).get("repeated").asInt()).isEqualTo(1);

        Map<String, Object> changed = new LinkedHashMap<>(batch.get(0));
        changed.put("amount", "999.00");
        Answer conflict = api.post(
                "/api/v1/funds/transfers",
                fastpay,
                Map.of("transfers", List.of(transfer("R-4", 103, "FP-R4", null, "FP-R5", null, "10.00"), changed)));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.json().get("detail").asText()).contains("R-1");
        JsonNode mine = api.get("/api/v1/funds/transfers?size=500", fastpay).json();
        assertThat(mine.get("items"))
                .extracting(n -> n.get("transferId").asText())
                .contains("R-1", "R-2", "R-3")
                .doesNotContain("R-4");
    }

    @Test
    void badTransfersAreRefusedNamingEveryWrongField() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("transferId", "has space");
        bad.put("time", "yesterday");
        bad.put("payerAccount", "");
        bad.put("payeeAccount", "X");
        bad.put("payeeInstitution", "Not A Code!");
        bad.put("amount", "12.345");
        bad.put("status", "MAYBE");
        Answer refused = api.post("/api/v1/funds/transfers", fastpay, Map.of("transfers", List.of(bad)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors"))
                .extracting(n -> n.get("field").asText())
                .contains(
                        "transfers[0].transferId",
                        "transfers[0].time",
                        "transfers[0].payerAccount",
                        "transfers[0].payeeInstitution",
                        "transfers[0].amount",
                        "transfers[0].status");
        assertThat(api.post(
                                "/api/v1/funds/transfers",
                                xiamen,
                                Map.of("transfers", List.of(transfer("P-1", 0, "A", null, "B", null, "1.00"))))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/funds/traces", fastpay, Map.of("partner", "fastpay", "transferId", "R-1"))
                        .status())
                .isEqualTo(403);
        Answer noTransfer =
                api.post("/api/v1/funds/traces", xiamen, Map.of("partner", "fastpay", "transferId", "NONE"));
        assertThat(noTransfer.status()).isEqualTo(404);
        Answer badOrder = api.post("/api/v1/funds/orders", xiamen, Map.of("kind", "SEIZE", "amount", "-1"));
        assertThat(badOrder.status()).isEqualTo(400);
        assertThat(badOrder.json().get("errors"))
                .extracting(n -> n.get("field").asText())
                .contains("kind", "legalDocument", "institution", "account", "amount");
        Answer unknownPartner = api.post(
                "/api/v1/funds/orders", xiamen, order("STOP_PAYMENT", "X-1", "no-such-bank", "10.00", null, null));
        assertThat(unknownPartner.status()).isEqualTo(400);
        assertThat(unknownPartner.json().get("errors").get(0).get("field").asText())
                .isEqualTo("institution");
    }

    @Test
    void csvBatchesGoInLikeJsonAndNameTheLineOfAnError() {
        String csv = "transferId,time,payerAccount,payeeAccount,payeeInstitution,amount,channel\n"
                + "C-1," + at(200) + ",QP-X1,QP-X2,,800.00,QR_CODE\n"
                + "C-2," + at(201) + ",QP-X2,6222020000000555,abc-bank,700.00,BANK_CARD\n";
        Answer sent = api.postCsv("/api/v1/funds/transfers", quickpay, csv, null);
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        assertThat(sent.json().get("added").asInt()).isEqualTo(2);
        Answer again = api.postCsv("/api/v1/funds/transfers", quickpay, csv, null);
        assertThat(again.json().get("repeated").asInt()).isEqualTo(2);
        Answer bad = api.postCsv(
                "/api/v1/funds/transfers",
                quickpay,
                "transferId,time,payerAccount,payeeAccount,amount\nC-3," + at(202) + ",QP-X1,QP-X2,abc\n",
                null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("line 2.amount");
        Answer noHeader = api.postCsv("/api/v1/funds/transfers", quickpay, "C-9,x,y\n", null);
        assertThat(noHeader.status()).isEqualTo(400);
    }

    @Test
    void aStopPaymentLapsesWhenNoFreezeFollowsAndAReleaseIsFinal() throws InterruptedException {
        send(fastpay, List.of(transfer("L-1", 300, "FP-L1", null, "FP-L2", null, "900.00")));
        JsonNode stop = issue(order("STOP_PAYMENT", "FP-L2", "fastpay", "900.00", null, null));
        JsonNode other = issue(order("STOP_PAYMENT", "FP-L1", "fastpay", "10.00", null, null));
        acknowledge(fastpay, stop.get("id").asLong(), "900.00");
        Answer released = api.post(
                "/api/v1/funds/orders/" + other.get("id").asLong() + "/release", xiamen, Map.of("reason", "误报"));
        assertThat(released.json().get("status").asText()).isEqualTo("RELEASED");
        assertThat(api.post(
                                "/api/v1/funds/orders/" + other.get("id").asLong() + "/release",
                                xiamen,
                                Map.of("reason", "again"))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("RELEASED");
        assertThat(api.post(
                                "/api/v1/funds/orders/" + other.get("id").asLong() + "/acknowledge",
                                fastpay,
                                Map.of("executed", "10.00"))
                        .status())
                .isEqualTo(409);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    orderManagement.endDueTerms();
                    return api.get("/api/v1/funds/orders/" + stop.get("id").asLong(), xiamen)
                            .json()
                            .get("status")
                            .asText()
                            .equals("LAPSED");
                });
        Answer late = api.post(
                "/api/v1/funds/orders",
                xiamen,
                order(
                        "FREEZE",
                        "FP-L2",
                        "fastpay",
                        "900.00",
                        null,
                        stop.get("id").asLong()));
        assertThat(late.status()).isEqualTo(400);
    }

    @Test
    void anOverdueRequestShowsAsOverdue() throws InterruptedException {
        Answer asked = api.post(
                "/api/v1/funds/assistance",
                xiamen,
                Map.of(
                        "partner", "quickpay",
                        "subjectKind", "PHONE_NUMBER",
                        "subject", "13700001111",
                        "asks", List.of("BOUND_PHONES"),
                        "deadline", Instant.now().plusSeconds(1).toString()));
        assertThat(asked.status()).as(asked.text()).isEqualTo(201);
        assertThat(asked.json().get("subject").asText()).isEqualTo("+8613700001111");
        Thread.sleep(1500);
        JsonNode overdue =
                api.get("/api/v1/funds/assistance?overdue=true", quickpay).json();
        assertThat(overdue.get("items"))
                .extracting(n -> n.get("id").asLong())
                .contains(asked.json().get("id").asLong());
        assertThat(overdue.get("items").get(0).get("overdue").asBoolean()).isTrue();
        List<String> fields = new ArrayList<>();
        api.post("/api/v1/funds/assistance", xiamen, Map.of("partner", "nobody", "subjectKind", "CAR"))
                .json()
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("partner", "subjectKind", "asks");
    }
}

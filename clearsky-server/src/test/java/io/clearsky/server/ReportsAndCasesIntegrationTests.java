package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Role;
import io.clearsky.server.cases.ClusterGraph;
import io.clearsky.server.cases.LinkageManagement;
import io.clearsky.server.reports.ReportManagement;
import io.clearsky.server.reports.ReportStatistics;
import io.clearsky.server.reports.ReportSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;

/**
 * Citizens' reports to cases over real HTTP against a real database: the public intake with its receipts, limits
 * and errors; reports linking into a cluster that passes its filing threshold; a case opened on it that a later
 * report joins, moved through its statuses and referred to another centre; the reporter following all of it by
 * receipt number. Subclasses choose the database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearsky.reports.per-reporter-per-day=3", "clearsky.cases.max-degree=4"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportsAndCasesIntegrationTests {

    static final String FRAUD_NUMBER = "+8617012345678";

    @LocalServerPort
    int port;

    @Autowired
    ReportManagement reports;

    @Autowired
    LinkageManagement linkage;

    TestApi api;
    Auth admin;
    Auth xiamen;
    Auth fuzhou;
    Auth partner;
    long xiamenId;
    long fuzhouId;

    abstract Path dataDir();

    @BeforeAll
    void setUp() throws IOException {
        api = new TestApi(port);
        admin = api.firstAdmin(dataDir());
        xiamenId = api.agency(admin, "xiamen-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen Anti-Fraud Centre", "350200");
        fuzhouId = api.agency(admin, "fuzhou-afc", "POLICE_CENTRE", "福州市反诈骗中心", "Fuzhou Anti-Fraud Centre", "350100");
        long partnerId = api.agency(admin, "safe-phone", "PARTNER", "安全手机卫士", "SafePhone", null);
        xiamen = api.issueKey(admin, xiamenId);
        fuzhou = api.issueKey(admin, fuzhouId);
        partner = api.issueKey(admin, partnerId);
    }

    static Map<String, Object> report(String phone, String region, String loss, String type, Object... identifiers) {
        List<Map<String, String>> ids = new ArrayList<>();
        for (int i = 0; i < identifiers.length; i += 2) {
            ids.add(Map.of("kind", (String) identifiers[i], "value", (String) identifiers[i + 1]));
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("occurredAt", "2026-11-20T14:30:00+08:00");
        report.put("scamType", type);
        report.put("loss", Map.of("amount", loss, "currency", "CNY"));
        report.put("paymentMethod", "BANK_TRANSFER");
        report.put("identifiers", ids);
        report.put("region", region);
        report.put("narrative", "对方自称客服，说我的快递丢了要理赔，让我下载APP共享屏幕。");
        report.put("reporter", Map.of("name", "张三", "phone", phone));
        return report;
    }

    private JsonNode file(Map<String, Object> report) {
        Answer filed = api.post(
                "/api/v1/reports",
                Auth.none(),
                report,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json();
    }

    private JsonNode clusterOf(long reportId, int reports) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Answer cluster = api.get("/api/v1/clusters/" + reportId, xiamen);
                    return cluster.status() == 200
                            && cluster.json().get("reports").asInt() == reports;
                });
        return api.get("/api/v1/clusters/" + reportId, xiamen).json();
    }

    private JsonNode track(String receipt, String phone) {
        Answer status = api.post("/api/v1/reports/status", Auth.none(), Map.of("receiptNo", receipt, "phone", phone));
        assertThat(status.status()).as(status.text()).isEqualTo(200);
        return status.json();
    }

    @Test
    void aBadReportIsRefusedNamingEveryWrongField() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("occurredAt", "yesterday");
        bad.put("loss", Map.of("amount", "-5", "currency", "CNY"));
        bad.put("identifiers", List.of(Map.of("kind", "PIGEON", "value", "x")));
        bad.put("region", "990100");
        bad.put("reporter", Map.of("phone", "not a phone"));
        Answer refused = api.post("/api/v1/reports", Auth.none(), bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("occurredAt", "loss.amount", "identifiers[0].kind", "region", "reporter.phone");

        Answer garbage = api.post("/api/v1/reports", Auth.none(), "{\"loss\": ");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("type").asText()).endsWith("/unreadable-body");
        Answer wrongType = api.post("/api/v1/reports", Auth.none(), "{\"loss\": [1, 2");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asText()).isEqualTo("loss");
    }

    @Test
    void aRetryUnderTheSameKeyFilesOnceAndTheSameKeyForAnotherReportIsAConflict() {
        Map<String, Object> report =
                report("13900000001", "350206", "500", "FAKE_SHOPPING", "URL", "https://shop-x.cn/a");
        Map<String, String> key = Map.of("Idempotency-Key", "retry-" + UUID.randomUUID());
        Answer first = api.post("/api/v1/reports", Auth.none(), report, key);
        Answer again = api.post("/api/v1/reports", Auth.none(), report, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("receiptNo").asText())
                .isEqualTo(first.json().get("receiptNo").asText());
        assertThat(again.json().get("repeated").asBoolean()).isTrue();

        Map<String, Object> other = new LinkedHashMap<>(report);
        other.put("loss", Map.of("amount", "501", "currency", "CNY"));
        Answer conflict = api.post("/api/v1/reports", Auth.none(), other, key);
        assertThat(conflict.status()).isEqualTo(409);
    }

    @Test
    void aBatchFilesEachKeyOnceAndRefusesAKeyReusedForAnotherReport() {
        Map<String, Object> report = withKey(report("13900000005", "350206", "300", "FAKE_LOAN"));
        Map<String, Object> other = new LinkedHashMap<>(report);
        other.put("loss", Map.of("amount", "301", "currency", "CNY"));
        JsonNode first = api.post("/api/v1/reports/batch", partner, Map.of("reports", List.of(report, report, other)))
                .json();
        assertThat(first.get("items").findValuesAsString("outcome")).containsExactly("FILED", "REPEATED", "REJECTED");
        String receipt =
                first.get("items").get(0).get("receipt").get("receiptNo").asText();
        assertThat(first.get("items").get(1).get("receipt").get("receiptNo").asText())
                .isEqualTo(receipt);
        assertThat(first.get("items").get(2).get("type").asText()).isEqualTo("conflict");

        JsonNode again = api.post("/api/v1/reports/batch", partner, Map.of("reports", List.of(report)))
                .json();
        assertThat(again.get("repeated").asInt()).isEqualTo(1);
        assertThat(again.get("items").get(0).get("receipt").get("receiptNo").asText())
                .isEqualTo(receipt);
    }

    @Test
    void aResentBatchFromAReporterAtTheDailyLimitGetsItsReceiptsAndANewReportIsStillRefused() {
        List<Map<String, Object>> three = List.of(
                withKey(report("13900000006", "350206", "100", "FAKE_LOAN")),
                withKey(report("13900000006", "350206", "200", "FAKE_LOAN")),
                withKey(report("13900000006", "350206", "300", "FAKE_LOAN")));
        JsonNode first = api.post("/api/v1/reports/batch", partner, Map.of("reports", three))
                .json();
        assertThat(first.get("items").findValuesAsString("outcome")).containsExactly("FILED", "FILED", "FILED");

        List<Map<String, Object>> resent = new ArrayList<>(three);
        resent.add(withKey(report("13900000006", "350206", "400", "FAKE_LOAN")));
        JsonNode again = api.post("/api/v1/reports/batch", partner, Map.of("reports", resent))
                .json();

        assertThat(again.get("items").findValuesAsString("outcome"))
                .containsExactly("REPEATED", "REPEATED", "REPEATED", "REJECTED");
        for (int i = 0; i < 3; i++) {
            assertThat(again.get("items").get(i).get("receipt").get("receiptNo").asText())
                    .isEqualTo(first.get("items")
                            .get(i)
                            .get("receipt")
                            .get("receiptNo")
                            .asText());
        }
        assertThat(again.get("items").get(3).get("type").asText()).isEqualTo("too-many-requests");
    }

    @Test
    void aFullBatchReachesTheRegistryEachVictimCountedOnceAndTheNewIndicatorsAreAudited() {
        // 500 reports: each with a number of its own, all with one shared number, and one victim reporting twice
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String victim = "1587700" + String.format(Locale.ROOT, "%04d", Math.min(i, 498));
            batch.add(report(
                    victim,
                    "350206",
                    "50",
                    "FAKE_CUSTOMER_SERVICE",
                    "PHONE_NUMBER",
                    "+86 171 6600 " + String.format(Locale.ROOT, "%04d", i),
                    "PHONE_NUMBER",
                    "+86 171 6699 0001"));
        }
        JsonNode filed = api.post("/api/v1/reports/batch", partner, Map.of("reports", batch))
                .json();
        assertThat(filed.get("filed").asInt()).as(filed.toString()).isEqualTo(500);

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    JsonNode items = api.get("/api/v1/indicators?q=17166990001", xiamen)
                            .json()
                            .get("items");
                    return items.size() == 1 && items.get(0).get("reportCount").asInt() == 499;
                });
        JsonNode shared = api.get("/api/v1/indicators?q=17166990001", xiamen)
                .json()
                .get("items")
                .get(0);
        assertThat(shared.get("status").asText()).isEqualTo("SUSPECTED");
        JsonNode own =
                api.get("/api/v1/indicators?q=17166000499", xiamen).json().get("items");
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("reportCount").asInt()).isEqualTo(1);
        assertThat(own.get(0).get("status").asText()).isEqualTo("REPORTED");
        // every new indicator is on the audit trail, however many one batch made
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    String trail = api.get("/api/v1/audit?size=500", admin).text()
                            + api.get("/api/v1/audit?size=500&page=1", admin).text();
                    return trail.contains("+8617166000000 new -> REPORTED")
                            && trail.contains("+8617166000499 new -> REPORTED")
                            && trail.contains("+8617166990001 new -> ");
                });
        assertThat(api.get("/api/v1/audit/verify", admin).json().get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void anUnreadableIdentifierIsKeptAsWrittenAndMarked() {
        JsonNode receipt = file(report(
                "13900000002",
                "350206",
                "100",
                "FAKE_LOAN",
                "PHONE_NUMBER",
                "138 0013 8000",
                "PHONE_NUMBER",
                "12",
                "APP",
                "  Zoom  Meetings "));
        JsonNode identifiers = receipt.get("identifiers");
        assertThat(identifiers.get(0).get("value").asText()).isEqualTo("+8613800138000");
        assertThat(identifiers.get(1).get("raw").asText()).isEqualTo("12");
        assertThat(identifiers.get(1).has("value")).isFalse();
        assertThat(identifiers.get(1).get("problem").asText()).isNotBlank();
        assertThat(identifiers.get(2).get("value").asText()).isEqualTo("zoom meetings");

        JsonNode view = api.get("/api/v1/reports/" + receipt.get("reportId").asLong(), xiamen)
                .json();
        assertThat(view.get("identifiers").get(1).get("raw").asText()).isEqualTo("12");
    }

    @Test
    void aReporterOverTheDailyLimitIsToldWhenToTryAgain() {
        for (int i = 0; i < 3; i++) {
            file(report("13900000003", "350206", "10", "OTHER"));
        }
        Answer limited = api.post("/api/v1/reports", Auth.none(), report("13900000003", "350206", "10", "OTHER"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(limited.json().get("type").asText()).endsWith("/too-many-requests");
    }

    @Test
    void listsNeverCarryTheReportersPersonalDataAndOnlyTheRegionsCentreSeesThem() {
        JsonNode receipt = file(report("13911112222", "350206", "20", "OTHER"));
        Answer list = api.get("/api/v1/reports?size=500", xiamen);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains(receipt.get("receiptNo").asText());
        assertThat(list.text()).doesNotContain("13911112222").doesNotContain("张三");

        Answer fromFuzhou = api.get("/api/v1/reports/" + receipt.get("reportId").asLong(), fuzhou);
        assertThat(fromFuzhou.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports", Auth.none()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/reports", partner).status()).isEqualTo(403);

        Answer noReason =
                api.post("/api/v1/reports/" + receipt.get("reportId").asLong() + "/reporter", xiamen, Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        Answer contact = api.post(
                "/api/v1/reports/" + receipt.get("reportId").asLong() + "/reporter",
                xiamen,
                Map.of("reason", "call back the victim"));
        assertThat(contact.json().get("phone").asText()).isEqualTo("+8613911112222");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get("/api/v1/audit?size=500", admin).text().contains("REPORTER_CONTACT_REVEALED"));
    }

    @Test
    void aNarrativesNumbersAreMaskedForEveryoneAndRevealedWithAReasonToTheRegionsCentreOnlyAndAudited() {
        Map<String, Object> form =
                report("13911113333", "350206", "3000", "FAKE_INVESTMENT", "PHONE_NUMBER", "17012340000");
        form.put("narrative", "我叫李四，身份证350203199001011234，用卡6222021234567890123转了3000元给17012340000。");
        long id = file(form).get("reportId").asLong();
        String masked = "我叫李四，身份证350203********1234，用卡622202*********0123转了3000元给170****0000。";

        // masked for the centre and for the platform's admin alike; the fraudster's number stays in clear
        for (Auth reader : List.of(xiamen, admin)) {
            JsonNode shown = api.get("/api/v1/reports/" + id, reader).json();
            assertThat(shown.get("narrative").asText()).isEqualTo(masked);
            assertThat(shown.get("identifiers").get(0).get("value").asText()).isEqualTo("+8617012340000");
        }
        assertThat(api.get("/api/v1/reports?size=500", xiamen).text())
                .contains(masked)
                .doesNotContain("350203199001011234")
                .doesNotContain("6222021234567890123");

        String reveal = "/api/v1/reports/" + id + "/reveal";
        assertThat(fields(api.post(reveal, xiamen, Map.of()))).containsExactly("reason");
        assertThat(fields(api.post(reveal, xiamen, Map.of("reason", "x".repeat(501)))))
                .containsExactly("reason");
        Answer auditor = api.post(reveal, key(xiamenId, "AUDITOR"), Map.of("reason", "just curious"));
        assertThat(auditor.status()).as(auditor.text()).isEqualTo(403);
        assertThat(api.post(reveal, partner, Map.of("reason", "just curious")).status())
                .isEqualTo(403);
        assertThat(api.post(reveal, fuzhou, Map.of("reason", "call back the victim"))
                        .status())
                .isEqualTo(404);

        Answer revealed = api.post(reveal, xiamen, Map.of("reason", "call back the victim"));
        assertThat(revealed.status()).as(revealed.text()).isEqualTo(200);
        assertThat(revealed.json().get("narrative").asText()).isEqualTo(form.get("narrative"));
        assertThat(revealed.json().get("reporterName").asText()).isEqualTo("张三");
        assertThat(revealed.json().get("reporterPhone").asText()).isEqualTo("+8613911113333");
        awaitAudited("report:" + id, "narrative, reporterName, reporterPhone: call back the victim");
    }

    /** A centre's key with another role than the default. */
    private Auth key(long agencyId, String role) {
        Answer issued =
                api.post("/api/v1/agencies/" + agencyId + "/api-keys", admin, Map.of("name", "test", "role", role));
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        return Auth.key(issued.json().get("key").asText());
    }

    private static List<String> fields(Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    /** The audit trail is written after the commit: waits for the reveal's record. */
    @Test
    void anAnalystSeesTheTypeTheNarrativeSuggestsBesideTheReportersOwnOnTheReportButNotInLists() {
        Map<String, Object> form = report("13911114444", "350206", "26000", "OTHER");
        form.remove("scamType");
        form.put("narrative", "我在抖音上看到兼职刷单的广告，加了对方QQ，对方让我先垫付做任务，说完成后返还本金和佣金，" + "结果做了三单后对方说我操作失误要继续充值才能解冻，一共被骗了两万六千元。");
        long id = file(form).get("reportId").asLong();
        JsonNode shown = api.get("/api/v1/reports/" + id, xiamen).json();
        // the reporter's type (none given: OTHER) stands; the suggestion is beside it, for the analyst to judge
        assertThat(shown.get("scamType").asText()).isEqualTo("OTHER");
        assertThat(shown.get("suggestion").get("scam").asBoolean()).isTrue();
        assertThat(shown.get("suggestion").get("scamType").get("code").asText()).isEqualTo("BRUSHING_REBATE");
        assertThat(shown.get("suggestion").get("weighed")).isNotEmpty();

        Map<String, Object> chosen = report("13911114445", "350206", "800", "ROMANCE");
        chosen.put("narrative", form.get("narrative"));
        long other = file(chosen).get("reportId").asLong();
        JsonNode kept = api.get("/api/v1/reports/" + other, xiamen).json();
        assertThat(kept.get("scamType").asText()).isEqualTo("ROMANCE");
        assertThat(kept.get("suggestion").get("scamType").get("code").asText()).isEqualTo("BRUSHING_REBATE");

        // lists do not classify every narrative of a page
        JsonNode listed = api.get("/api/v1/reports?size=500", xiamen).json();
        assertThat(listed.get("items"))
                .allSatisfy(r -> assertThat(r.get("suggestion") == null
                                || r.get("suggestion").isNull())
                        .isTrue());
    }

    private void awaitAudited(String subject, String detail) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                api.get("/api/v1/audit?size=500", admin).json())
                        .anySatisfy(r -> {
                            assertThat(r.get("action").asText()).isEqualTo("PERSONAL_DATA_REVEALED");
                            assertThat(r.get("subject").asText()).isEqualTo(subject);
                            assertThat(r.get("detail").asText()).contains(detail);
                        }));
    }

    @Test
    void linkedReportsPassTheThresholdBecomeACaseThatALaterReportJoinsAndTheReporterFollowsIt() {
        // three victims in two districts of Xiamen paid one fraudster: 1,200 + 1,500 + 800 = 3,500 yuan
        Answer batch = api.post(
                "/api/v1/reports/batch",
                partner,
                Map.of(
                        "reports",
                        List.of(
                                withKey(report(
                                        "13800000011",
                                        "350206",
                                        "1200",
                                        "FAKE_CUSTOMER_SERVICE",
                                        "PHONE_NUMBER",
                                        "170 1234 5678",
                                        "BANK_CARD",
                                        "6222021234567890128")),
                                withKey(report(
                                        "13800000012",
                                        "350203",
                                        "1500",
                                        "FAKE_CUSTOMER_SERVICE",
                                        "PHONE_NUMBER",
                                        "+86 17012345678")),
                                withKey(report(
                                        "13800000013",
                                        "350206",
                                        "800",
                                        "FAKE_CUSTOMER_SERVICE",
                                        "BANK_CARD",
                                        "6222 0212 3456 7890 128")),
                                withKey(report("13800000014", "350206", "nope", "FAKE_CUSTOMER_SERVICE")))));
        assertThat(batch.status()).as(batch.text()).isEqualTo(200);
        JsonNode result = batch.json();
        assertThat(result.get("filed").asInt()).isEqualTo(3);
        assertThat(result.get("rejected").asInt()).isEqualTo(1);
        assertThat(result.get("items").get(3).get("errors").get(0).get("field").asText())
                .isEqualTo("reports[3].loss.amount");
        long first = result.get("items").get(0).get("receipt").get("reportId").asLong();
        String receipt =
                result.get("items").get(0).get("receipt").get("receiptNo").asText();

        JsonNode cluster = clusterOf(first, 3);
        assertThat(cluster.get("victims").asInt()).isEqualTo(3);
        assertThat(cluster.get("totalLossCny").decimalValue()).isEqualByComparingTo("3500");
        assertThat(cluster.get("largestLossCny").decimalValue()).isEqualByComparingTo("1500");
        assertThat(cluster.get("fileable").asBoolean()).isTrue();
        assertThat(cluster.get("threshold").decimalValue()).isEqualByComparingTo("3000");
        assertThat(cluster.get("jurisdiction").asText()).isEqualTo("350206");
        assertThat(cluster.get("agencyId").asLong()).isEqualTo(xiamenId);
        assertThat(cluster.get("identifiers").get(0).get("reports").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get("/api/v1/audit?size=500", admin).text().contains("CLUSTER_FILEABLE"));
        JsonNode fileable = api.get("/api/v1/clusters?fileable=true", xiamen).json();
        assertThat(fileable.findValuesAsString("id"))
                .contains(Long.toString(cluster.get("id").asLong()));

        // two victims reported the number: it reaches the registry as a citizen source, each victim counted once
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode items =
                    api.get("/api/v1/indicators?q=17012345678", xiamen).json().get("items");
            return items.size() == 1
                    && items.get(0).get("reportCount").asInt() == 2
                    && items.get(0).get("sources").toString().contains("CITIZEN_REPORT");
        });

        Answer opened = api.post("/api/v1/cases", xiamen, Map.of("reportId", first, "title", "冒充快递客服诈骗系列案"));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        long caseId = opened.json().get("id").asLong();
        String caseNo = opened.json().get("caseNo").asText();
        assertThat(opened.json().get("reports").asInt()).isEqualTo(3);
        assertThat(api.post("/api/v1/cases", xiamen, Map.of("reportId", first, "title", "again"))
                        .status())
                .isEqualTo(409);
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        track(receipt, "13800000011").get("status").asText().equals("OPEN"));
        assertThat(track(receipt, "13800000011").get("caseNo").asText()).isEqualTo(caseNo);
        Answer wrongPhone =
                api.post("/api/v1/reports/status", Auth.none(), Map.of("receiptNo", receipt, "phone", "13800000099"));
        assertThat(wrongPhone.status()).isEqualTo(404);

        // a fourth victim reports the same card later: the report joins the case
        JsonNode later = file(
                report("13800000015", "350211", "2000", "FAKE_CUSTOMER_SERVICE", "BANK_CARD", "6222021234567890128"));
        clusterOf(first, 4);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get("/api/v1/cases/" + caseId, xiamen)
                                .json()
                                .get("reports")
                                .asInt()
                        == 4);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> track(later.get("receiptNo").asText(), "13800000015")
                        .get("status")
                        .asText()
                        .equals("OPEN"));

        // guarded transitions
        Answer tooSoon = api.post("/api/v1/cases/" + caseId + "/status", xiamen, Map.of("status", "SOLVED"));
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(api.post("/api/v1/cases/" + caseId + "/status", xiamen, Map.of("status", "INVESTIGATING"))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("INVESTIGATING");
        // a note's numbers are masked in every answer, and shown as written to who gives a reason
        Answer noted =
                api.post("/api/v1/cases/" + caseId + "/notes", xiamen, Map.of("text", "调取银行流水，回访受害人13800000011"));
        assertThat(noted.status()).isEqualTo(201);
        assertThat(noted.json().get("detail").asText()).isEqualTo("调取银行流水，回访受害人138****0011");
        assertThat(api.get("/api/v1/cases/" + caseId + "/timeline", xiamen).text())
                .contains("138****0011")
                .doesNotContain("13800000011");
        assertThat(api.get("/api/v1/cases/" + caseId, fuzhou).status()).isEqualTo(404);
        String reveal = "/api/v1/cases/" + caseId + "/reveal";
        assertThat(fields(api.post(reveal, xiamen, Map.of("reason", "hi")))).containsExactly("reason");
        assertThat(api.post(reveal, fuzhou, Map.of("reason", "回访受害人")).status()).isEqualTo(404);
        Answer revealed = api.post(reveal, xiamen, Map.of("reason", "回访受害人"));
        assertThat(revealed.status()).as(revealed.text()).isEqualTo(200);
        assertThat(revealed.json().get("timeline").findValuesAsString("detail")).contains("调取银行流水，回访受害人13800000011");
        awaitAudited("case:" + caseId, "回访受害人");

        // referred to Fuzhou, which accepts
        Answer referred = api.post(
                "/api/v1/cases/" + caseId + "/referrals", xiamen, Map.of("toAgencyId", fuzhouId, "reason", "主要嫌疑人在福州"));
        assertThat(referred.status()).as(referred.text()).isEqualTo(201);
        long referralId = referred.json().get("id").asLong();
        assertThat(api.get("/api/v1/referrals", fuzhou).json().findValuesAsString("caseNo"))
                .contains(caseNo);
        assertThat(api.get("/api/v1/cases/" + caseId, fuzhou).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/referrals/" + referralId + "/decline", fuzhou, Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/referrals/" + referralId + "/accept", xiamen, Map.of())
                        .status())
                .isEqualTo(404);
        Answer accepted = api.post("/api/v1/referrals/" + referralId + "/accept", fuzhou, Map.of("note", "接收"));
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(api.get("/api/v1/cases/" + caseId, fuzhou)
                        .json()
                        .get("agencyId")
                        .asLong())
                .isEqualTo(fuzhouId);
        assertThat(api.post("/api/v1/cases/" + caseId + "/status", xiamen, Map.of("status", "SOLVED"))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/cases/" + caseId + "/status", fuzhou, Map.of("status", "SOLVED"))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("SOLVED");

        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        track(receipt, "13800000011").get("status").asText().equals("SOLVED"));
        JsonNode history = track(receipt, "13800000011").get("history");
        assertThat(history.findValuesAsString("status"))
                .containsSubsequence("RECEIVED", "OPEN", "INVESTIGATING", "SOLVED");
        assertThat(history.toString()).contains("referred to Fuzhou Anti-Fraud Centre");

        List<String> kinds =
                api.get("/api/v1/cases/" + caseId + "/timeline", fuzhou).json().findValuesAsString("kind");
        assertThat(kinds)
                .containsSubsequence(
                        "OPENED",
                        "REPORTS_JOINED",
                        "STATUS_CHANGED",
                        "NOTE",
                        "REFERRED",
                        "REFERRAL_ACCEPTED",
                        "STATUS_CHANGED");
    }

    @Test
    void anOfficialNumberNeverLinksAndAnAnalystCanSplitAClusterOnAnIdentifier() {
        // two unrelated victims both quote ICBC's real service line: no link
        long a = file(report("13700000001", "350206", "100", "FAKE_CUSTOMER_SERVICE", "PHONE_NUMBER", "95588"))
                .get("reportId")
                .asLong();
        long b = file(report("13700000002", "350206", "100", "FAKE_CUSTOMER_SERVICE", "PHONE_NUMBER", "95588"))
                .get("reportId")
                .asLong();
        JsonNode clusterA = clusterOf(a, 1);
        clusterOf(b, 1);
        assertThat(clusterA.get("identifiers").get(0).get("excluded").asBoolean())
                .isTrue();

        // two gangs' reports tied only by a courier's customer-service number the fraudsters quoted
        long c = file(report(
                        "13700000003",
                        "350206",
                        "100",
                        "FAKE_CUSTOMER_SERVICE",
                        "PHONE_NUMBER",
                        "+8617099990001",
                        "PHONE_NUMBER",
                        "400-820-5555"))
                .get("reportId")
                .asLong();
        long d = file(report(
                        "13700000004",
                        "350206",
                        "100",
                        "FAKE_SHOPPING",
                        "PHONE_NUMBER",
                        "+8617099990002",
                        "PHONE_NUMBER",
                        "400-820-5555"))
                .get("reportId")
                .asLong();
        JsonNode joined = clusterOf(c, 2);
        String courier = joined.get("identifiers").findValuesAsString("key").stream()
                .filter(k -> !k.contains("1709999"))
                .findFirst()
                .orElseThrow();
        Answer excluded = api.post("/api/v1/linkage/exclusions", xiamen, Map.of("key", courier, "reason", "快递公司客服电话"));
        assertThat(excluded.status()).as(excluded.text()).isEqualTo(200);
        assertThat(clusterOf(c, 1).get("reports").asInt()).isEqualTo(1);
        assertThat(clusterOf(d, 1).get("reports").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/linkage/exclusions", xiamen).text())
                .contains(courier)
                .contains("快递公司客服电话");
        assertThat(api.post("/api/v1/linkage/exclusions", xiamen, Map.of("key", courier, "reason", "again"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aClustersGraphSaysWhichReportCarriesWhichIdentifierToTheRegionsCentreOnly() {
        // e and f share a chat account, f and g a payment account: one cluster of three, tied in a chain (filed by a
        // partner, so as not to spend the public intake's hourly allowance the other tests need)
        Answer batch = api.post(
                "/api/v1/reports/batch",
                partner,
                Map.of(
                        "reports",
                        List.of(
                                withKey(report(
                                        "13500000001", "350206", "100", "ROMANCE", "CHAT_ACCOUNT", "wechat:graph_e_f")),
                                withKey(report(
                                        "13500000002",
                                        "350206",
                                        "200",
                                        "ROMANCE",
                                        "CHAT_ACCOUNT",
                                        "wechat:graph_e_f",
                                        "PAYMENT_ACCOUNT",
                                        "alipay:2088000011112222")),
                                withKey(report(
                                        "13500000003",
                                        "350206",
                                        "300",
                                        "ROMANCE",
                                        "PAYMENT_ACCOUNT",
                                        "alipay:2088000011112222")))));
        assertThat(batch.status()).as(batch.text()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        batch.json()
                .get("items")
                .forEach(i -> ids.add(i.get("receipt").get("reportId").asLong()));
        long e = ids.get(0);
        long f = ids.get(1);
        long g = ids.get(2);
        clusterOf(e, 3);
        ClusterGraph graph = linkage.graph(g, new Caller("xiamen.analyst", Role.ANALYST, xiamenId));
        assertThat(graph.summary().reportIds()).containsExactly(e, f, g);
        assertThat(graph.links())
                .extracting(ClusterGraph.Link::reportId, l -> l.key().startsWith("CHAT_ACCOUNT:"))
                .containsExactly(tuple(e, true), tuple(f, true), tuple(f, false), tuple(g, false));
        assertThat(graph.links().stream().map(ClusterGraph.Link::key).distinct())
                .containsExactlyInAnyOrderElementsOf(
                        graph.summary().identifiers().stream().map(t -> t.key()).toList());
        assertThat(catchThrowable(() -> linkage.graph(e, new Caller("fuzhou.analyst", Role.ANALYST, fuzhouId))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void summariesShowTheCallersRegionsReportsAsListsDoAndAnotherRegionsOnlyByTypeDayAndCity() {
        // a victim in Xiamen and one in Fuzhou quote the same chat account: a cluster both centres see
        Map<String, Object> inXiamen =
                report("13500000011", "350206", "4100", "FAKE_INVESTMENT", "CHAT_ACCOUNT", "wechat:two_cities");
        inXiamen.put("narrative", "对方加我微信荐股，我的手机号13500000011，转了4100元。");
        Map<String, Object> inFuzhou =
                report("13500000012", "350102", "5200", "FAKE_INVESTMENT", "CHAT_ACCOUNT", "wechat:two_cities");
        inFuzhou.put("reporter", Map.of("name", "王五", "phone", "13500000012"));
        Answer batch = api.post(
                "/api/v1/reports/batch", partner, Map.of("reports", List.of(withKey(inXiamen), withKey(inFuzhou))));
        assertThat(batch.status()).as(batch.text()).isEqualTo(200);
        long x = batch.json().get("items").get(0).get("receipt").get("reportId").asLong();
        long f = batch.json().get("items").get(1).get("receipt").get("reportId").asLong();
        String fuzhouReceipt =
                batch.json().get("items").get(1).get("receipt").get("receiptNo").asText();
        clusterOf(x, 2);
        Caller xiamenAnalyst = new Caller("xiamen.analyst", Role.ANALYST, xiamenId);
        Caller fuzhouAnalyst = new Caller("fuzhou.analyst", Role.ANALYST, fuzhouId);

        List<ReportSummary> forXiamen = reports.summaries(List.of(f, x, Long.MAX_VALUE), xiamenAnalyst);
        assertThat(forXiamen)
                .extracting(ReportSummary::id)
                .as("in the order asked, unknown ids left out")
                .containsExactly(f, x);
        ReportSummary own = forXiamen.get(1);
        assertThat(own.ownRegion()).isTrue();
        assertThat(own.region()).isEqualTo("350206");
        assertThat(own.occurredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(own.report().narrative())
                .as("masked as lists mask it")
                .isEqualTo("对方加我微信荐股，我的手机号135****0011，转了4100元。");
        assertThat(own.report().suggestion()).as("no classifier").isNull();
        assertThat(own.report().lossAmount()).isEqualByComparingTo("4100");
        ReportSummary other = forXiamen.get(0);
        assertThat(other.ownRegion()).isFalse();
        assertThat(other.report()).isNull();
        assertThat(other)
                .extracting(ReportSummary::scamType, ReportSummary::occurredOn, ReportSummary::region)
                .containsExactly(
                        io.clearsky.core.indicator.ScamType.FAKE_INVESTMENT, LocalDate.of(2026, 11, 20), "3501xx");
        assertThat(other.toString()).doesNotContain("5200", "王五", "13500000012", fuzhouReceipt);

        // the other way round for Fuzhou, and everything in full for the platform's admin
        assertThat(reports.summaries(List.of(x, f), fuzhouAnalyst))
                .extracting(ReportSummary::ownRegion, ReportSummary::region)
                .containsExactly(tuple(false, "3502xx"), tuple(true, "350102"));
        assertThat(reports.summaries(List.of(x, f), new Caller("admin", Role.ADMIN, null)))
                .allSatisfy(r -> assertThat(r.ownRegion()).isTrue());
        assertThat(catchThrowable(() -> reports.summaries(List.of(x), new Caller("auditor", Role.AUDITOR, xiamenId))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anIdentifierCarriedByTooManyReportsStopsLinkingAndIsFlaggedForReview() {
        // max-degree is 4 here: the fifth report quoting the platform's line no longer links
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(file(report("1360000000" + i, "350206", "10", "OTHER", "CHAT_ACCOUNT", "qq:800012345"))
                    .get("reportId")
                    .asLong());
        }
        clusterOf(ids.get(0), 4);
        clusterOf(ids.get(4), 1);
        JsonNode hubs = api.get("/api/v1/linkage/hubs", xiamen).json();
        assertThat(hubs.findValuesAsString("key")).anyMatch(k -> k.contains("800012345"));
    }

    @Test
    void statisticsCountReportsVictimsAndLossesByTypeRegionAndMonthWithShares() {
        file(report("13500000001", "350205", "1000", "FAKE_INVESTMENT"));
        file(report("13500000002", "350205", "3000", "FAKE_INVESTMENT"));
        Answer stats = api.get("/api/v1/reports/statistics?from=2026-11-01&to=2026-11-30&region=350205", xiamen);
        assertThat(stats.status()).as(stats.text()).isEqualTo(200);
        JsonNode body = stats.json();
        assertThat(body.get("total").get("reports").asLong()).isEqualTo(2);
        assertThat(body.get("total").get("victims").asLong()).isEqualTo(2);
        assertThat(body.get("total").get("lossCny").decimalValue()).isEqualByComparingTo("4000");
        assertThat(body.get("byScamType").get(0).get("key").asText()).isEqualTo("FAKE_INVESTMENT");
        assertThat(body.get("byScamType").get(0).get("reportShare").asDouble()).isEqualTo(1.0);
        assertThat(body.get("byMonth").get(0).get("key").asText()).isEqualTo("2026-11");
        assertThat(body.get("byRegion").get(0).get("key").asText()).isEqualTo("350205");
        assertThat(api.get("/api/v1/reports/statistics?region=350100", xiamen).status())
                .isEqualTo(400);
    }

    @Test
    void reportsPerDayFollowTheChinaDayAcrossMidnight() {
        Map<String, Object> late = report("13500000011", "350211", "100", "FAKE_LOAN");
        late.put("occurredAt", "2026-10-31T23:59:00+08:00");
        Map<String, Object> early = report("13500000012", "350211", "200", "FAKE_LOAN");
        early.put("occurredAt", "2026-10-31T16:00:30Z"); // 00:00:30 on 1 November in China
        Map<String, Object> evening = report("13500000013", "350211", "300", "FAKE_LOAN");
        evening.put("occurredAt", "2026-11-01T23:30:00+08:00");
        file(late);
        file(early);
        file(evening);
        List<ReportStatistics.Row> days = reports.daily(
                LocalDate.parse("2026-10-31"),
                LocalDate.parse("2026-11-01"),
                "350211",
                new Caller("admin", Role.ADMIN, null));
        assertThat(days)
                .extracting(ReportStatistics.Row::key, ReportStatistics.Row::reports)
                .containsExactly(tuple("2026-10-31", 1L), tuple("2026-11-01", 2L));
        assertThat(days.get(1).lossCny()).isEqualByComparingTo("500");
    }

    private static Map<String, Object> withKey(Map<String, Object> report) {
        Map<String, Object> keyed = new LinkedHashMap<>(report);
        keyed.put("idempotencyKey", UUID.randomUUID().toString());
        return keyed;
    }
}

package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.ReasonCode;
import io.clearsky.core.indicator.Route;
import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import io.clearsky.server.agencies.AgencyEvents;
import io.clearsky.server.agencies.Role;
import io.clearsky.server.audit.AuditVerifyCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The whole registry-and-check story over real HTTP against a real database: an admin sets up a centre and a
 * partner, the centre imports its police list, the partner's app checks numbers and gets the centre's warning,
 * and the activity report counts the sighting. Subclasses choose the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiFlowIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Environment environment;

    @Autowired
    io.clearsky.server.registry.RegistryManagement registry;

    @Autowired
    io.clearsky.server.registry.IndicatorLookup lookup;

    TestApi api;
    Auth admin;
    Auth police;
    Auth partner;
    long policeAgencyId;

    /** The data directory of this test class's server. */
    abstract Path dataDir();

    @BeforeAll
    void setUp() throws IOException {
        api = new TestApi(port);
        String oneTime =
                Files.readString(dataDir().resolve("initial-admin-password")).strip();
        Auth firstLogin = Auth.basic("admin", oneTime);
        Answer gated = api.get("/api/v1/agencies", firstLogin);
        assertThat(gated.status()).isEqualTo(403);
        assertThat(gated.json().get("type").asText()).endsWith("/password-change-required");
        Answer changed = api.post(
                "/api/v1/me/password",
                firstLogin,
                Map.of("currentPassword", oneTime, "newPassword", "correct horse battery staple"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(dataDir().resolve("initial-admin-password")).doesNotExist();
        admin = Auth.basic("admin", "correct horse battery staple");

        Answer centre = api.post(
                "/api/v1/agencies",
                admin,
                Map.of(
                        "code", "xiamen-afc",
                        "kind", "POLICE_CENTRE",
                        "nameZh", "厦门市反诈骗中心",
                        "nameEn", "Xiamen Anti-Fraud Centre",
                        "regionCode", "350200",
                        "warningZh", "{agency}提醒：此号码为诈骗电话！",
                        "warningEn", "{agency}: this number is a fraud call!"));
        assertThat(centre.status()).as(centre.text()).isEqualTo(201);
        policeAgencyId = centre.json().get("id").asLong();
        Answer company = api.post(
                "/api/v1/agencies",
                admin,
                Map.of(
                        "code",
                        "safe-phone",
                        "kind",
                        "PARTNER",
                        "partnerKind",
                        "SECURITY_APP",
                        "nameZh",
                        "安全手机卫士",
                        "nameEn",
                        "SafePhone"));
        assertThat(company.status()).as(company.text()).isEqualTo(201);
        police = Auth.key(issueKey(policeAgencyId));
        partner = Auth.key(issueKey(company.json().get("id").asLong()));
    }

    private String issueKey(long agencyId) {
        Answer key = api.post("/api/v1/agencies/" + agencyId + "/api-keys", admin, Map.of("name", "test"));
        assertThat(key.status()).isEqualTo(201);
        return key.json().get("key").asText();
    }

    private JsonNode importAndWait(String csv, String mode, String idempotencyKey) {
        Answer started = api.postCsv("/api/v1/imports?mode=" + mode, police, csv, idempotencyKey);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        long id = started.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            String status = api.get("/api/v1/imports/" + id, police)
                    .json()
                    .get("status")
                    .asText();
            return status.equals("COMPLETED") || status.equals("FAILED");
        });
        return api.get("/api/v1/imports/" + id, police).json();
    }

    private JsonNode checkUntil(String number, String verdict, Auth auth, String subscriber) {
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> api.get("/api/v1/check?value=" + encode(number) + "&subscriber=" + subscriber, auth)
                        .json()
                        .get("verdict")
                        .asText()
                        .equals(verdict));
        return api.get("/api/v1/check?value=" + encode(number) + "&subscriber=" + subscriber, auth)
                .json();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aPartnerChecksANumberFromAnImportedPoliceListAndGetsTheCentresWarning() {
        JsonNode job = importAndWait("""
                value,scam_type,note
                +86 138-0013-8000,FAKE_CUSTOMER_SERVICE,courier refund
                0086 13900139000,刷单返利,
                15000150000,,
                """, "ALL_OR_NOTHING", null);
        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.get("acceptedRows").asInt()).isEqualTo(3);

        JsonNode result = checkUntil("138 0013 8000", "FRAUD", partner, "subscriber-1");
        assertThat(result.get("value").asText()).isEqualTo("+8613800138000");
        assertThat(result.get("scamType").get("code").asText()).isEqualTo("FAKE_CUSTOMER_SERVICE");
        assertThat(result.get("warning").get("zh").asText()).isEqualTo("厦门市反诈骗中心提醒：此号码为诈骗电话！");
        assertThat(result.get("warning").get("en").asText())
                .isEqualTo("Xiamen Anti-Fraud Centre: this number is a fraud call!");
        assertThat(result.get("agency").get("id").asLong()).isEqualTo(policeAgencyId);
        api.get("/api/v1/check?value=13800138000&subscriber=subscriber-2", partner);
        api.get("/api/v1/check?value=13800138000&subscriber=subscriber-2", partner);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode activity = api.get("/api/v1/activity", police).json();
            assertThat(activity.get("listed").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(activity.get("peopleReached").asLong()).isGreaterThanOrEqualTo(2);
            JsonNode seen = null;
            for (JsonNode indicator : activity.get("indicators")) {
                if (indicator.get("value").asText().equals("+8613800138000")) {
                    seen = indicator;
                }
            }
            assertThat(seen).isNotNull();
            assertThat(seen.get("hits").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(seen.get("people").asLong()).isEqualTo(2);
            assertThat(seen.get("warnings").asLong()).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void theFastPathAndTheOrdinaryPathGiveTheSameAnswer() {
        importAndWait("value,scam_type\n13400134000,FAKE_GAME_TRADE\n", "ALL_OR_NOTHING", null);
        JsonNode fast = checkUntil("13400134000", "FRAUD", partner, "s");
        JsonNode ordinary =
                api.get("/api/v1/check?value=13400134000&subscriber=s", admin).json();
        JsonNode batch = api.post("/api/v1/check", partner, Map.of("items", List.of(Map.of("value", "13400134000"))))
                .json()
                .get("results")
                .get(0);
        assertThat(ordinary).isEqualTo(fast);
        assertThat(batch).isEqualTo(fast);
        Answer bad = api.get("/api/v1/check?value=1340013400", partner);
        Answer badOrdinary = api.get("/api/v1/check?value=1340013400", admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors")).isEqualTo(badOrdinary.json().get("errors"));
        assertThat(api.get("/api/v1/check?value=13400134000", Auth.key("csk_AAAAAAAA_" + "B".repeat(32)))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aLapsedListingExpiresAndASightingBringsItBackForReVerification() {
        long id = api.post("/api/v1/indicators", police, Map.of("value", "13700137999"))
                .json()
                .get("id")
                .asLong();
        // 200 days later, as far as the registry can tell: no check has seen it since it was listed
        jdbc.sql("update indicator set expires_on = ?, last_seen = ? where id = ?")
                .params(
                        java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(2)),
                        java.time.OffsetDateTime.now().minusDays(200),
                        id)
                .update();
        jdbc.sql("insert into indicator_change (indicator_id, changed_at) values (?, current_timestamp)")
                .param(id)
                .update();
        Identifier number = new Identifier(IndicatorKind.PHONE_NUMBER, "+8613700137999");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> lookup.assess(number, Route.UNKNOWN).reasons().stream()
                        .anyMatch(r -> r.code() == ReasonCode.LISTING_EXPIRED));
        assertThat(registry.expireDue()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/v1/indicators/" + id, police)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("EXPIRED");

        JsonNode lapsed =
                api.get("/api/v1/check?value=13700137999&subscriber=s", partner).json();
        assertThat(lapsed.get("verdict").asText()).as(lapsed.toString()).isEqualTo("UNKNOWN");
        assertThat(lapsed.get("reasons")).as(lapsed.toString()).isNotNull();
        assertThat(lapsed.get("reasons").get(0).get("code").asText()).isEqualTo("LISTING_EXPIRED");
        // that check was a sighting: the registry brings the number back as SUSPECTED for the centre to re-verify
        checkUntil("13700137999", "SUSPICIOUS", partner, "s");
    }

    @Test
    void aBatchCheckAnswersEveryIdentifierInOrder() {
        importAndWait("value,kind\nhttp://fake-courier-refund.cn/pay,URL\n13700137000,\n", "ALL_OR_NOTHING", null);
        checkUntil("13700137000", "FRAUD", partner, "s");
        Answer batch = api.post(
                "/api/v1/check",
                partner,
                Map.of(
                        "items",
                        List.of(
                                Map.of("value", "13700137000"),
                                Map.of("value", "13600136000"),
                                Map.of("kind", "URL", "value", "HTTP://Fake-Courier-Refund.cn:80/a/../pay#x"),
                                Map.of("kind", "DOMAIN", "value", "www.fake-courier-refund.cn"))));
        assertThat(batch.status()).as(batch.text()).isEqualTo(200);
        JsonNode results = batch.json().get("results");
        assertThat(results.get(0).get("verdict").asText()).isEqualTo("FRAUD");
        assertThat(results.get(1).get("verdict").asText()).isEqualTo("UNKNOWN");
        assertThat(results.get(2).get("verdict").asText()).isEqualTo("FRAUD");
        assertThat(results.get(2).get("value").asText()).isEqualTo("http://fake-courier-refund.cn/pay");
        assertThat(results.get(3).get("verdict").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    void anAllOrNothingImportWithBadRowsImportsNothingAndNamesEachRow() {
        JsonNode job = importAndWait("""
                value,scam_type
                13500135000,FAKE_LOAN
                not-a-number,FAKE_LOAN
                13500135001,NO_SUCH_TYPE
                95588,
                """, "ALL_OR_NOTHING", null);
        assertThat(job.get("status").asText()).isEqualTo("FAILED");
        assertThat(job.get("acceptedRows").asInt()).isZero();
        assertThat(job.get("rejectedRows").asInt()).isEqualTo(3);
        List<JsonNode> errors = new ArrayList<>();
        api.get("/api/v1/imports/" + job.get("id").asLong() + "/errors", police)
                .json()
                .forEach(errors::add);
        assertThat(errors)
                .extracting(e -> e.get("line").asInt() + ":" + e.get("field").asText())
                .containsExactly("3:value", "4:scam_type", "5:value");
        assertThat(api.get("/api/v1/check?value=13500135000", partner)
                        .json()
                        .get("verdict")
                        .asText())
                .isEqualTo("UNKNOWN");

        JsonNode skipping = importAndWait("value\n13500135000\nnot-a-number\n", "SKIP_BAD_ROWS", null);
        assertThat(skipping.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(skipping.get("acceptedRows").asInt()).isEqualTo(1);
        assertThat(skipping.get("rejectedRows").asInt()).isEqualTo(1);
        checkUntil("13500135000", "FRAUD", partner, "s");
    }

    @Test
    void aFileThatIsNotCsvFailsWithTheReasonAndListsNothing() {
        JsonNode broken = importAndWait("value,note\n13600136111,\"unterminated\n", "SKIP_BAD_ROWS", null);
        assertThat(broken.get("status").asText()).isEqualTo("FAILED");
        assertThat(broken.get("message").asText()).contains("not valid CSV");
        JsonNode noValue = importAndWait("number_of_things\n1\n", "ALL_OR_NOTHING", null);
        assertThat(noValue.get("status").asText()).isEqualTo("FAILED");
        assertThat(noValue.get("message").asText()).contains("'value' column");
    }

    @Test
    void theSameIdempotencyKeyStartsOneImportOnly() {
        Answer first = api.postCsv("/api/v1/imports", police, "value\n13300133000\n", "list-2026-11-24");
        Answer again = api.postCsv("/api/v1/imports", police, "value\n13300133000\n", "list-2026-11-24");
        assertThat(first.status()).isEqualTo(202);
        assertThat(again.json().get("id").asLong())
                .isEqualTo(first.json().get("id").asLong());
    }

    @Test
    void independentReportsMakeANumberSuspectedAndARepeatCountsOnce() {
        Map<String, String> report =
                Map.of("value", "13200132000", "reporter", "citizen-a", "scamType", "FAKE_INVESTMENT");
        Answer first = api.post("/api/v1/indicators/reports", partner, report);
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.json().get("indicator").get("status").asText()).isEqualTo("REPORTED");
        Answer repeat = api.post("/api/v1/indicators/reports", partner, report);
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json().get("counted").asBoolean()).isFalse();
        assertThat(repeat.json().get("indicator").get("reportCount").asInt()).isEqualTo(1);
        api.post("/api/v1/indicators/reports", partner, Map.of("value", "132-0013-2000", "reporter", "citizen-b"));
        Answer third = api.post(
                "/api/v1/indicators/reports", partner, Map.of("value", "+8613200132000", "reporter", "citizen-c"));
        assertThat(third.json().get("indicator").get("status").asText()).isEqualTo("SUSPECTED");
        JsonNode check = checkUntil("13200132000", "SUSPICIOUS", partner, "s");
        assertThat(check.get("reasons").get(0).get("code").asText()).isEqualTo("CITIZEN_REPORTS");

        long id = third.json().get("indicator").get("id").asLong();
        Answer byPartner = api.post("/api/v1/indicators/" + id + "/verify", partner, Map.of());
        assertThat(byPartner.status()).isEqualTo(403);
        Answer verified = api.post("/api/v1/indicators/" + id + "/verify", police, Map.of());
        assertThat(verified.json().get("status").asText()).isEqualTo("VERIFIED");
        checkUntil("13200132000", "FRAUD", partner, "s");
    }

    @Test
    void anOfficialNumberIsNeverListedAndIsALikelySpoofFromAbroad() {
        Answer listing = api.post("/api/v1/indicators", police, Map.of("value", "95588"));
        assertThat(listing.status()).isEqualTo(409);
        assertThat(listing.contentType()).startsWith("application/problem+json");
        Answer reported = api.post("/api/v1/indicators/reports", partner, Map.of("value", "96110", "reporter", "x"));
        assertThat(reported.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/check?value=110", partner)
                        .json()
                        .get("verdict")
                        .asText())
                .isEqualTo("ALLOWLISTED");
        JsonNode spoof = api.get("/api/v1/check?value=95588&route=INTERNATIONAL", partner)
                .json();
        assertThat(spoof.get("verdict").asText()).isEqualTo("SPOOF_LIKELY");
        assertThat(spoof.get("warning").get("zh").asText()).contains("改号");
    }

    @Test
    void aTextMessageThatReadsAsAScamWarnsForAnUnknownSenderButAListedOrAllowlistedSenderDecides() {
        String loanScam = "【惠民金融】尊敬的客户，您申请的贷款5万元已审批通过，因您填写的银行卡号有误，资金已被冻结，" + "请在30分钟内缴纳解冻保证金2000元至指定账户，逾期将影响您的征信。";
        Answer unknown = api.post("/api/v1/check/sms", partner, Map.of("sender", "+8617012345678", "text", loanScam));
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(200);
        JsonNode read = unknown.json();
        assertThat(read.get("verdict").asText()).isEqualTo("SUSPICIOUS");
        assertThat(read.get("decidedBy").asText()).isEqualTo("TEXT");
        assertThat(read.get("sender").get("verdict").asText()).isEqualTo("UNKNOWN");
        assertThat(read.get("text").get("scam").asBoolean()).isTrue();
        assertThat(read.get("text").get("scamProbability").asDouble()).isGreaterThan(0.5);
        assertThat(read.get("scamType").get("code").asText()).isEqualTo("FAKE_LOAN");
        assertThat(read.get("text").get("weighed")).isNotEmpty();
        assertThat(read.get("warning").get("zh").asText()).contains("虚假网络贷款").contains("96110");

        // the same text from a number a centre listed: the listing decides, with the centre's warning
        Answer listed =
                api.post("/api/v1/indicators", police, Map.of("value", "+8613600136001", "scamType", "FAKE_LOAN"));
        assertThat(listed.status()).as(listed.text()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.post("/api/v1/check/sms", partner, Map.of("sender", "13600136001", "text", loanScam))
                        .json()
                        .get("decidedBy")
                        .asText()
                        .equals("SENDER"));
        JsonNode fromListed = api.post("/api/v1/check/sms", partner, Map.of("sender", "13600136001", "text", loanScam))
                .json();
        assertThat(fromListed.get("decidedBy").asText()).isEqualTo("SENDER");
        assertThat(fromListed.get("verdict").asText())
                .isEqualTo(fromListed.get("sender").get("verdict").asText());
        assertThat(fromListed.get("verdict").asText()).isIn("FRAUD", "SUSPICIOUS");

        // a bank's own number is not second-guessed by its text, and an ordinary text from anyone is nothing
        JsonNode bank = api.post("/api/v1/check/sms", partner, Map.of("sender", "95588", "text", loanScam))
                .json();
        assertThat(bank.get("verdict").asText()).isEqualTo("ALLOWLISTED");
        JsonNode ordinary = api.post(
                        "/api/v1/check/sms",
                        partner,
                        Map.of("sender", "+8617012345678", "text", "妈，我今晚加班，不回家吃饭了，你们先吃。"))
                .json();
        assertThat(ordinary.get("verdict").asText()).isEqualTo("UNKNOWN");
        assertThat(ordinary.get("decidedBy").asText()).isEqualTo("NONE");
        assertThat(ordinary.get("text").get("scam").asBoolean()).isFalse();
        assertThat(ordinary.has("warning") && !ordinary.get("warning").isNull()).isFalse();

        // any text, e.g. a narrative, through the reading endpoint
        JsonNode narrative = api.post(
                        "/api/v1/check/text",
                        partner,
                        Map.of(
                                "text",
                                "我在抖音上看到兼职刷单的广告，加了对方QQ，对方让我先垫付做任务，说完成后返还本金和佣金，"
                                        + "结果做了三单后对方说我操作失误要继续充值才能解冻，一共被骗了两万多元。"))
                .json();
        assertThat(narrative.get("scam").asBoolean()).isTrue();
        assertThat(narrative.get("scamType").get("code").asText()).isEqualTo("BRUSHING_REBATE");

        // bad input names the field
        Answer noText = api.post("/api/v1/check/sms", partner, Map.of("sender", "+8617012345678"));
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.text()).contains("\"text\"");
        Answer noSender = api.post("/api/v1/check/sms", partner, Map.of("text", "hi"));
        assertThat(noSender.status()).isEqualTo(400);
        assertThat(noSender.text()).contains("\"sender\"");
        Answer badAreaCode =
                api.post("/api/v1/check/sms", partner, Map.of("sender", "5551234", "areaCode", "x9", "text", "hi"));
        assertThat(badAreaCode.status()).isEqualTo(400);
        assertThat(badAreaCode.text()).contains("\"areaCode\"");

        // a bulk-SMS port too long for a phone number is left unchecked, and its text alone decides
        JsonNode port = api.post("/api/v1/check/sms", partner, Map.of("sender", "1069012345678901", "text", loanScam))
                .json();
        assertThat(port.get("decidedBy").asText()).isEqualTo("TEXT");
        assertThat(port.get("verdict").asText()).isEqualTo("SUSPICIOUS");
        assertThat(port.get("sender") == null || port.get("sender").isNull()).isTrue();
        Answer tooLong = api.post("/api/v1/check/text", partner, Map.of("text", "字".repeat(10_001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text()).contains("\"text\"");
        assertThat(api.post("/api/v1/check/sms", Auth.none(), Map.of("sender", "95588", "text", "hi"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void badInputGetsAProblemNamingTheField() {
        Answer garbage = api.get("/api/v1/check?value=hello", partner);
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.contentType()).startsWith("application/problem+json");
        assertThat(garbage.json().get("errors").get(0).get("field").asText()).isEqualTo("value");

        assertThat(api.get("/api/v1/check?value=13800138000&kind=FAX", partner)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("kind");
        assertThat(api.get("/api/v1/check?value=13800138000&route=MOON", partner)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("route");

        List<Map<String, String>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("value", "138001" + String.format("%05d", i)));
        }
        Answer big = api.post("/api/v1/check", partner, Map.of("items", tooMany));
        assertThat(big.status()).isEqualTo(400);
        assertThat(big.json().get("errors").get(0).get("field").asText()).isEqualTo("items");

        Answer oneBad = api.post(
                "/api/v1/check",
                partner,
                Map.of("items", List.of(Map.of("value", "13800138000"), Map.of("value", "12"))));
        assertThat(oneBad.status()).isEqualTo(400);
        assertThat(oneBad.json().get("errors").get(0).get("field").asText()).isEqualTo("items[1].value");

        Answer objectValue = api.post("/api/v1/check", partner, "{\"items\":[{\"value\":{\"x\":1}}]}");
        assertThat(objectValue.status()).isEqualTo(400);
        assertThat(objectValue.json().get("detail").asText()).contains("'value' must be a string");

        Answer notJson = api.post("/api/v1/check", partner, "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");

        Answer agency = api.post(
                "/api/v1/agencies", admin, Map.of("code", "X", "kind", "POLICE_CENTRE", "nameZh", "", "nameEn", "n"));
        assertThat(agency.status()).isEqualTo(400);
        assertThat(agency.json().get("errors"))
                .extracting(e -> e.get("field").asText())
                .contains("code", "nameZh", "regionCode");
    }

    @Test
    void callersWithoutAKeyOrWithTheWrongRoleAreRefused() {
        Answer anonymous = api.get("/api/v1/check?value=13800138000", Auth.none());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        Answer badKey = api.get("/api/v1/check?value=13800138000", Auth.key("csk_AAAAAAAA_" + "B".repeat(32)));
        assertThat(badKey.status()).isEqualTo(401);
        assertThat(api.post("/api/v1/agencies", partner, Map.of()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/indicators", partner).status()).isEqualTo(403);
        assertThat(api.get("/actuator/health", Auth.none()).status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", Auth.none()).text()).contains("clearsky_checks_total");
        assertThat(api.get("/v3/api-docs", Auth.none()).text()).contains("/api/v1/check");
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        Answer company = api.post(
                "/api/v1/agencies",
                admin,
                Map.of(
                        "code",
                        "short-lived",
                        "kind",
                        "PARTNER",
                        "partnerKind",
                        "BANK",
                        "nameZh",
                        "短期",
                        "nameEn",
                        "Short-lived"));
        long agency = company.json().get("id").asLong();
        Answer issued = api.post("/api/v1/agencies/" + agency + "/api-keys", admin, Map.of("name", "temp"));
        Auth key = Auth.key(issued.json().get("key").asText());
        assertThat(api.get("/api/v1/check?value=13800138000", key).status()).isEqualTo(200);
        long keyId = issued.json().get("summary").get("id").asLong();
        assertThat(api.post("/api/v1/agencies/" + agency + "/api-keys/" + keyId + "/revoke", admin, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/check?value=13800138000", key).status()).isEqualTo(401);
    }

    @Test
    void exportsAreReImportableCsvAndAStixBundle() {
        api.post("/api/v1/indicators", police, Map.of("value", "13100131000", "scamType", "ROMANCE"));
        Answer csv = api.get("/api/v1/indicators/export?format=csv&status=VERIFIED", police);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).startsWith("kind,value,status").contains("PHONE_NUMBER,+8613100131000,VERIFIED,ROMANCE");
        Answer stix = api.get("/api/v1/indicators/export?format=stix", police);
        JsonNode bundle = stix.json();
        assertThat(bundle.get("type").asText()).isEqualTo("bundle");
        List<String> patterns = new ArrayList<>();
        bundle.get("objects").forEach(o -> {
            if (o.get("type").asText().equals("indicator")) {
                assertThat(o.get("spec_version").asText()).isEqualTo("2.1");
                assertThat(o.get("id").asText()).startsWith("indicator--");
                patterns.add(o.get("pattern").asText());
            }
        });
        assertThat(patterns).contains("[x-clearsky-phone-number:value = '+8613100131000']");
        Answer snapshot = api.get("/api/v1/indicators/export?format=watchlist", police);
        assertThat(snapshot.status()).isEqualTo(200);
        io.clearsky.core.warning.Watchlist watchlist = new io.clearsky.core.warning.IndexWatchlist(
                io.clearsky.core.warning.WatchlistSnapshot.read(new java.io.StringReader(snapshot.text()), 16));
        assertThat(watchlist
                        .phone(
                                "+8613100131000",
                                io.clearsky.core.indicator.Route.DOMESTIC,
                                java.time.LocalDate.now().toEpochDay())
                        .verdict())
                .isEqualTo(io.clearsky.core.indicator.Verdict.FRAUD);
        assertThat(api.get("/api/v1/indicators/export?format=xml", police).status())
                .isEqualTo(400);
    }

    @Test
    void theAuditTrailRecordsChangesAndAnyTamperingShows() {
        api.post("/api/v1/indicators", police, Map.of("value", "13000130000"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<String> actions = new ArrayList<>();
            api.get("/api/v1/audit?size=500", admin)
                    .json()
                    .forEach(r -> actions.add(r.get("action").asText()));
            assertThat(actions).contains("AGENCY_REGISTERED", "API_KEY_ISSUED", "PASSWORD_CHANGED", "INDICATOR_LISTED");
        });
        awaitEverythingSealed();
        JsonNode verification = api.get("/api/v1/audit/verify", admin).json();
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/audit", police).status()).isEqualTo(403);
        assertThat(verifyCommand()).isEqualTo(AuditVerifyCommand.INTACT);

        String original = jdbc.sql("select actor from audit_record where seq = 2")
                .query(String.class)
                .single();
        jdbc.sql("update audit_record set actor = 'someone-else' where seq = 2").update();
        try {
            JsonNode tampered = api.get("/api/v1/audit/verify", admin).json();
            assertThat(tampered.get("intact").asBoolean()).isFalse();
            assertThat(tampered.get("firstBrokenSeq").asLong()).isEqualTo(2);
            assertThat(tampered.get("problem").asText()).contains("changed");
            assertThat(verifyCommand()).isEqualTo(AuditVerifyCommand.BROKEN);
            assertThat(commandOutput.toString(StandardCharsets.UTF_8)).contains("BROKEN at record 2");
        } finally {
            jdbc.sql("update audit_record set actor = ? where seq = 2")
                    .param(original)
                    .update();
        }
        assertThat(api.get("/api/v1/audit/verify", admin).json().get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void aRecordRemovedFromTheAuditTrailIsNamed() {
        api.post("/api/v1/indicators", police, Map.of("value", "13000130001"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from audit_record where seq is not null")
                                .query(Long.class)
                                .single()
                        >= 4);
        jdbc.sql("create table audit_record_removed as select * from audit_record where seq = 3")
                .update();
        jdbc.sql("delete from audit_record where seq = 3").update();
        try {
            JsonNode removed = api.get("/api/v1/audit/verify", admin).json();
            assertThat(removed.get("intact").asBoolean()).isFalse();
            assertThat(removed.get("firstBrokenSeq").asLong()).isEqualTo(3);
            assertThat(removed.get("problem").asText()).contains("record 3 is missing");
        } finally {
            jdbc.sql("insert into audit_record select * from audit_record_removed")
                    .update();
            jdbc.sql("drop table audit_record_removed").update();
        }
        assertThat(api.get("/api/v1/audit/verify", admin).json().get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void aChangeAndItsAuditRecordCommitOrRollBackTogether() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(tx -> {
            events.publishEvent(new AgencyEvents.UserCreated("rolled-back", Role.PARTNER, "audit-test"));
            tx.setRollbackOnly();
        });
        transaction.executeWithoutResult(
                tx -> events.publishEvent(new AgencyEvents.UserCreated("committed", Role.PARTNER, "audit-test")));
        events.publishEvent(new AgencyEvents.UserCreated("outside-a-transaction", Role.PARTNER, "audit-test"));

        assertThat(recordsAbout("user:rolled-back")).isZero();
        assertThat(recordsAbout("user:committed")).isOne();
        assertThat(recordsAbout("user:outside-a-transaction")).isOne();
        assertThat(jdbc.sql("select address from audit_record where subject = 'user:committed'")
                        .query(String.class)
                        .single())
                .isEqualTo("thread " + Thread.currentThread().getName());

        // a change over HTTP: who, which agency, from where
        assertThat(api.post("/api/v1/indicators", police, Map.of("value", "13000130002"))
                        .status())
                .isEqualTo(201);
        JsonNode listed =
                api.get("/api/v1/audit?action=INDICATOR_LISTED&size=500", admin).json();
        JsonNode listing = null;
        for (JsonNode r : listed) {
            if (r.get("detail").asText().contains("13000130002")) {
                listing = r;
            }
        }
        assertThat(listing).as(listed.toString()).isNotNull();
        assertThat(listing.get("actor").asText()).startsWith("key:");
        assertThat(listing.get("agencyId").asLong()).isEqualTo(policeAgencyId);
        assertThat(listing.get("address").asText()).isEqualTo("127.0.0.1");
        String actor = listing.get("actor").asText();
        assertThat(api.get("/api/v1/audit?actor=" + actor + "&size=500", admin).json())
                .allSatisfy(r -> assertThat(r.get("actor").asText()).isEqualTo(actor));
        assertThat(api.get("/api/v1/audit?subject=user:committed&from=2000-01-01T00:00:00Z", admin)
                        .json())
                .hasSize(1);
        assertThat(api.get("/api/v1/audit?subject=user:committed&to=2000-01-01T00:00:00Z", admin)
                        .json())
                .isEmpty();
    }

    @Test
    void theSealerChainsRecordsInTheOrderTheyCommitted() throws SQLException {
        long lateId;
        long earlyId;
        try (Connection late = dataSource.getConnection()) {
            late.setAutoCommit(false);
            lateId = insertUnsealed(late, "written-first-committed-last");
            try (Connection early = dataSource.getConnection()) {
                early.setAutoCommit(true);
                earlyId = insertUnsealed(early, "written-last-committed-first");
            }
            assertThat(earlyId).isGreaterThan(lateId);
            await().atMost(Duration.ofSeconds(10)).until(() -> seqOf(earlyId) != null);
            late.commit();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> seqOf(lateId) != null);
        assertThat(seqOf(lateId)).isGreaterThan(seqOf(earlyId));
        assertThat(api.get("/api/v1/audit/verify", admin).json().get("intact").asBoolean())
                .isTrue();
    }

    private long insertUnsealed(Connection connection, String subject) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_record (occurred_at, actor, address, action, subject) values (?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setObject(1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            insert.setString(2, "audit-test");
            insert.setString(3, "thread test");
            insert.setString(4, "TEST");
            insert.setString(5, subject);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private Long seqOf(long id) {
        return jdbc.sql("select seq from audit_record where id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private long recordsAbout(String subject) {
        return jdbc.sql("select count(*) from audit_record where subject = ?")
                .param(subject)
                .query(Long.class)
                .single();
    }

    private void awaitEverythingSealed() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from audit_record where seq is null")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private final ByteArrayOutputStream commandOutput = new ByteArrayOutputStream();

    /** Runs the operator's verification command against this test's database, as {@code java -jar} would. */
    private int verifyCommand() {
        commandOutput.reset();
        return new AuditVerifyCommand()
                .run(
                        new PrintStream(commandOutput, true, StandardCharsets.UTF_8),
                        AuditVerifyCommand.ARGUMENT,
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""));
    }
}

package io.clearsky.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import io.clearsky.server.TempDirs;
import io.clearsky.server.TestApi;
import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The callers' dissuasion pages in the machine's Chromium: a listed number calls a subscriber who then pays a large
 * sum to a new payee (a HIGH task) and another pays a listed account (a MEDIUM task); the centre's caller logs in,
 * sees the queue HIGH first, takes the HIGH task (the contact in clear), reads the script, records "dissuaded" in
 * two clicks and sees the task leave the queue. One test needs no browser and checks the pages over plain HTTP,
 * and that an auditor is refused.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearsky.demo.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleDissuasionBrowserIntegrationTests {

    private static final Path DATA = TempDirs.create();
    private static final String GANG_NUMBER = "+8617012345678";
    private static final String VICTIM = "+8613912345678";
    private static final String OTHER_VICTIM = "+8613600001111";
    private static final String MULE_ACCOUNT = "alipay:2088666600000001";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    private String base;
    private TestApi api;
    private Auth admin;
    private Auth xiamen;
    private long highTask;
    private long mediumTask;
    private long phoneTask;

    @BeforeAll
    void setUp() throws IOException {
        base = "http://127.0.0.1:" + port;
        api = new TestApi(port);
        admin = api.firstAdmin(DATA);
        long centre =
                api.agency(admin, "xiamen-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen Anti-Fraud Centre", "350200");
        xiamen = api.issueKey(admin, centre);
        Auth telecom = api.issueKey(admin, api.agency(admin, "telecom", "PARTNER", "某电信运营商", "A telecom", null));
        Auth payplat =
                api.issueKey(admin, api.agency(admin, "payplat", "PARTNER", "某支付平台", "A payment platform", null));
        Auth app = api.issueKey(admin, api.agency(admin, "safe-app", "PARTNER", "安全手机卫士", "SafePhone", null));
        ConsoleClient.person(api, admin, centre, "chen.caller", "CALLER");
        ConsoleClient.person(api, admin, centre, "wu.caller", "CALLER");
        ConsoleClient.person(api, admin, centre, "he.auditor", "AUDITOR");

        list(GANG_NUMBER, "PHONE_NUMBER");
        list(MULE_ACCOUNT, "PAYMENT_ACCOUNT");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> verdict(app, GANG_NUMBER, "PHONE_NUMBER").equals("FRAUD")
                        && verdict(app, MULE_ACCOUNT, "PAYMENT_ACCOUNT").equals("FRAUD"));

        // a payment to a listed account first (MEDIUM, the older task), then a call and a large new payment (HIGH)
        check(payplat, transfer("pay-m", minutesAgo(30), OTHER_VICTIM, MULE_ACCOUNT, "3000.00"));
        Answer called = api.post(
                "/api/v1/events",
                telecom,
                Map.of("events", List.of(call("op-1", minutesAgo(25), GANG_NUMBER, VICTIM))));
        assertThat(called.status()).as(called.text()).isEqualTo(200);
        check(payplat, transfer("pay-h", minutesAgo(5), VICTIM, "alipay:2088999900000001", "120000.00"));
        // and one more to the mule account, for the phone
        check(payplat, transfer("pay-p", minutesAgo(2), "+8613700002222", MULE_ACCOUNT, "2500.00"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> task("pay-h") != null && task("pay-m") != null && task("pay-p") != null);
        highTask = task("pay-h").get("id").asLong();
        mediumTask = task("pay-m").get("id").asLong();
        phoneTask = task("pay-p").get("id").asLong();
        assertThat(task("pay-h").get("priority").asText()).isEqualTo("HIGH");
        assertThat(task("pay-m").get("priority").asText()).isEqualTo("MEDIUM");
    }

    private void list(String value, String kind) {
        Answer listed = api.post(
                "/api/v1/indicators",
                xiamen,
                Map.of("kind", kind, "value", value, "scamType", "IMPERSONATING_OFFICIALS"));
        assertThat(listed.status()).as(listed.text()).isIn(200, 201);
    }

    private String verdict(Auth app, String value, String kind) {
        return api.get("/api/v1/check?kind=" + kind + "&value=" + URLEncoder.encode(value, StandardCharsets.UTF_8), app)
                .json()
                .get("verdict")
                .asText();
    }

    private void check(Auth partner, Map<String, Object> attempt) {
        Answer checked = api.post("/api/v1/transfer-checks", partner, attempt);
        assertThat(checked.status()).as(checked.text()).isEqualTo(200);
    }

    private JsonNode task(String eventId) {
        for (JsonNode t :
                api.get("/api/v1/dissuasion-tasks?size=500", xiamen).json().get("items")) {
            if (t.get("eventId").asText().equals(eventId)) {
                return t;
            }
        }
        return null;
    }

    private static String minutesAgo(double minutes) {
        return Instant.now()
                .truncatedTo(ChronoUnit.MILLIS)
                .minusMillis((long) (minutes * 60_000))
                .atOffset(ZoneOffset.ofHours(8))
                .toString();
    }

    private static Map<String, Object> call(String id, String at, String caller, String callee) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "call");
        e.put("id", id);
        e.put("at", at);
        e.put("caller", caller);
        e.put("presented", caller);
        e.put("callee", callee);
        e.put("durationSeconds", 900);
        e.put("direction", "INCOMING");
        e.put("route", "DOMESTIC");
        return e;
    }

    private static Map<String, Object> transfer(String id, String at, String payerPhone, String payee, String amount) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("at", at);
        e.put("payer", "alipay:" + payerPhone.substring(3));
        e.put("payerPhone", payerPhone);
        e.put("payee", payee);
        e.put("amount", amount);
        e.put("channel", "MOBILE_APP");
        e.put("region", "350206");
        return e;
    }

    @Test
    @Order(1)
    void thePagesAnswerWithoutABrowser() {
        assertThat(new ConsoleClient(base).get("/console/dissuasion").statusCode())
                .as("anonymous")
                .isEqualTo(302);

        // an auditor has no DISSUASION_READ: no link, and the console's 403
        ConsoleClient http = ConsoleClient.loggedIn(base, "he.auditor");
        assertThat(http.get("/console").body()).doesNotContain("/console/dissuasion");
        HttpResponse<String> refused = http.get("/console/dissuasion");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(http.get("/console/dissuasion/" + highTask).statusCode()).isEqualTo(403);

        ConsoleClient caller = ConsoleClient.loggedIn(base, "wu.caller");
        assertThat(caller.get("/console").body()).contains("href=\"/console/dissuasion\"", ">劝阻<");
        HttpResponse<String> queue = caller.get("/console/dissuasion");
        assertThat(queue.statusCode()).isEqualTo(200);
        String body = queue.body();
        assertThat(body)
                .contains("劝阻任务队列", "待处理任务（3）", "+86139****5678", "冒充公检法", "¥120000.00")
                .doesNotContain(VICTIM, "<script>");
        assertThat(body.indexOf("data-task=\"" + highTask + "\""))
                .as("HIGH before MEDIUM")
                .isLessThan(body.indexOf("data-task=\"" + mediumTask + "\""));
        assertThat(caller.get("/console/dissuasion?lang=en").body())
                .contains("Dissuasion queue", "Open tasks (3)", "Take this task");
        caller.get("/console/dissuasion?lang=zh-CN");

        // taking needs the CSRF token
        assertThat(caller.post("/console/dissuasion/" + mediumTask + "/take", "")
                        .statusCode())
                .isEqualTo(403);
        String token = ConsoleClient.csrf(body);
        HttpResponse<String> taken =
                caller.post("/console/dissuasion/" + mediumTask + "/take", "_csrf=" + ConsoleClient.enc(token));
        assertThat(taken.statusCode()).isEqualTo(302);
        assertThat(taken.headers().firstValue("Location").orElseThrow()).endsWith("/console/dissuasion/" + mediumTask);
        HttpResponse<String> page = caller.get("/console/dissuasion/" + mediumTask);
        assertThat(page.body()).contains(OTHER_VICTIM, "劝阻话术", "记录结果", "name=\"outcome\"");
        // no outcome chosen: the page again, with the message
        HttpResponse<String> none = caller.post(
                "/console/dissuasion/" + mediumTask + "/outcome",
                "note=x&_csrf=" + ConsoleClient.enc(ConsoleClient.csrf(page.body())));
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("请选择本次劝阻的结果");
        assertThat(caller.get("/console/dissuasion").body()).contains("您正在处理的任务", "待处理任务（2）");

        // the outcome with a note: back to the queue with the confirmation
        Answer byApi = api.get("/api/v1/dissuasion-tasks/" + mediumTask, xiamen);
        assertThat(byApi.json().get("takenBy").asText()).isEqualTo("wu.caller");
        HttpResponse<String> recorded = caller.post(
                "/console/dissuasion/" + mediumTask + "/outcome",
                "outcome=UNREACHABLE&note=" + ConsoleClient.enc("三次未接通") + "&_csrf="
                        + ConsoleClient.enc(ConsoleClient.csrf(page.body())));
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(caller.get(recorded.headers().firstValue("Location").orElseThrow())
                        .body())
                .contains("已记录“未联系上”");
        assertThat(api.get("/api/v1/dissuasion-tasks/" + mediumTask, xiamen)
                        .json()
                        .get("outcome")
                        .asText())
                .isEqualTo("UNREACHABLE");
    }

    @Test
    @Order(3)
    void aCallerTakesTheHighTaskAndRecordsDissuadedInTwoClicks() {
        try (BrowserSupport browser = BrowserSupport.launch()) {
            Page page = browser.page(1280, 900, "zh-CN");
            List<String> problems = BrowserSupport.errorsOf(page);
            page.navigate(base + "/console/login");
            ConsoleClient.logIn(page, "chen.caller", "用户名", "密码");
            page.locator(".main-nav a", new Page.LocatorOptions().setHasText("劝阻"))
                    .click();
            page.waitForURL("**/console/dissuasion");
            assertThat(page.locator("h1").textContent()).isEqualTo("劝阻任务队列");
            assertThat(page.locator(".main-nav a[aria-current=page]").textContent())
                    .isEqualTo("劝阻");
            assertThat(page.locator("ol.tasks .task").first().getAttribute("data-task"))
                    .as("HIGH first")
                    .isEqualTo(String.valueOf(highTask));
            assertThat(page.locator("[data-task='" + highTask + "']").textContent())
                    .contains("高", "冒充公检法", "+86139****5678");
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-dissuasion-zh");

            page.locator("[data-task='" + highTask + "'] button").click();
            page.waitForURL("**/console/dissuasion/" + highTask);
            assertThat(page.locator("[data-contact]").textContent()).isEqualTo(VICTIM);
            assertThat(page.locator(".script").textContent()).contains("厦门市反诈骗中心", "96110");
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-dissuasion-task-zh");

            // English: the script and the buttons in English
            page.locator(".lang a[lang=en]").click();
            page.waitForSelector("html[lang=en]");
            assertThat(page.locator(".script h2").textContent()).isEqualTo("What to say");
            assertThat(page.locator(".script").textContent()).contains("Xiamen Anti-Fraud Centre");
            browser.screenshot(page, "console-dissuasion-task-en");
            page.locator(".lang a[lang=zh-CN]").click();
            page.waitForSelector("html[lang=zh-CN]");

            // two clicks: the outcome, then record (the note is optional)
            page.getByLabel("劝阻成功").click();
            page.locator("form.outcome button[type=submit]").click();
            page.waitForURL("**/console/dissuasion");
            assertThat(page.locator("#confirmation").textContent()).contains("任务 " + highTask, "劝阻成功");
            assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("confirmation");
            assertThat(page.locator("[data-task='" + highTask + "']").count())
                    .as("the task left the queue")
                    .isZero();
            browser.screenshot(page, "console-dissuasion-done-zh");
            assertThat(api.get("/api/v1/dissuasion-tasks/" + highTask, xiamen)
                            .json()
                            .get("outcome")
                            .asText())
                    .isEqualTo("DISSUADED");

            Page english = browser.page(1280, 900, "en");
            english.navigate(base + "/console/login?lang=en");
            ConsoleClient.logIn(english, "chen.caller", "User name", "Password");
            english.navigate(base + "/console/dissuasion");
            assertThat(english.locator("h1").textContent()).isEqualTo("Dissuasion queue");
            browser.screenshot(english, "console-dissuasion-en");
            assertThat(problems)
                    .as("no script error and nothing the CSP blocked")
                    .isEmpty();
        }
    }

    @Test
    @Order(2)
    void aPhoneOf390PixelsAndTheKeyboardReachEverything() {
        try (BrowserSupport browser = BrowserSupport.launch()) {
            for (String language : List.of("zh-CN", "en")) {
                Page page = browser.page(390, 844, language);
                page.navigate(base + "/console/login?lang=" + language);
                boolean en = language.equals("en");
                ConsoleClient.logIn(page, "chen.caller", en ? "User name" : "用户名", en ? "Password" : "密码");
                page.navigate(base + "/console/dissuasion");
                BrowserSupport.assertNoSidewaysScroll(page);
                browser.screenshot(page, "console-dissuasion-" + (en ? "en" : "zh") + "-390");
                if (en) {
                    page.navigate(base + "/console/dissuasion/" + phoneTask);
                } else {
                    // taken at 390 pixels: the contact, the script and the outcome form
                    page.locator("[data-task='" + phoneTask + "'] button").click();
                    page.waitForURL("**/console/dissuasion/" + phoneTask);
                }
                assertThat(page.locator("form.outcome").count()).isEqualTo(1);
                BrowserSupport.assertNoSidewaysScroll(page);
                browser.screenshot(page, "console-dissuasion-task-" + (en ? "en" : "zh") + "-390");
            }
            // the keyboard alone reaches the navigation link
            Page page = browser.page(1280, 900, "zh-CN");
            page.navigate(base + "/console/login");
            ConsoleClient.logIn(page, "chen.caller", "用户名", "密码");
            List<String> reached = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                page.keyboard().press("Tab");
                reached.add(
                        String.valueOf(
                                page.evaluate(
                                        "() => { const e = document.activeElement; return (e.tagName + ' ' + e.textContent).trim(); }")));
            }
            assertThat(reached).anyMatch(t -> t.startsWith("A") && t.contains("劝阻"));
        }
    }
}

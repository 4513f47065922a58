package io.clearsky.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.clearsky.server.TempDirs;
import io.clearsky.server.TestApi;
import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The indicator pages (涉诈指标) in the machine's Chromium: a centre has listed a number and a URL, a partner app has
 * reported two numbers (one by three citizens, one detected) and a third, and a phone app's check hit the listed
 * number. An analyst searches a number as typed, opens it, imports a CSV with bad rows and watches the progress bar
 * reach done and the error report list them, confirms a SUSPECTED number from the review queue (its status checked
 * over the REST API) and reads the list's activity. One test needs no browser and checks the pages over plain HTTP:
 * the auditor's 403 and missing link, a caller's read-only pages, CSRF, both languages, bad input kept, a rejection.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearsky.demo.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIndicatorsBrowserIntegrationTests {

    private static final Path DATA = TempDirs.create();
    private static final String LISTED = "+8617012345678";
    private static final String LISTED_URL = "https://fake-invest.cn/login";
    private static final String BY_CITIZENS = "+8617000001111";
    private static final String DETECTED = "+8617000002222";
    private static final String FOR_THE_PHONE = "+8617000003333";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    private String base;
    private TestApi api;
    private Auth xiamen;
    private long listed;
    private long byCitizens;
    private long detected;
    private long forThePhone;
    private long badRowsJob;

    @BeforeAll
    void setUp() throws IOException {
        base = "http://127.0.0.1:" + port;
        api = new TestApi(port);
        Auth admin = api.firstAdmin(DATA);
        long centre =
                api.agency(admin, "xiamen-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen Anti-Fraud Centre", "350200");
        xiamen = api.issueKey(admin, centre);
        Auth app = api.issueKey(admin, api.agency(admin, "safe-app", "PARTNER", "安全手机卫士", "SafePhone", null));
        ConsoleClient.person(api, admin, centre, "lin.analyst", "ANALYST");
        ConsoleClient.person(api, admin, centre, "zhou.caller", "CALLER");
        ConsoleClient.person(api, admin, centre, "he.auditor", "AUDITOR");

        listed = list(LISTED, "PHONE_NUMBER");
        list(LISTED_URL, "URL");
        for (String reporter : List.of("victim-1", "victim-2", "victim-3")) {
            byCitizens = report(app, BY_CITIZENS, reporter, "CITIZEN_REPORT");
        }
        detected = report(app, DETECTED, "detector", "PARTNER_DETECTION");
        forThePhone = report(app, FOR_THE_PHONE, "detector", "PARTNER_DETECTION");
        assertThat(status(byCitizens)).isEqualTo("SUSPECTED");
        assertThat(status(detected)).isEqualTo("SUSPECTED");

        // a phone app checks the listed number for a subscriber: a hit that warned, a sighting written within a second
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get("/api/v1/check?kind=PHONE_NUMBER&subscriber=s-1&value=" + enc(LISTED), app)
                        .json()
                        .get("verdict")
                        .asText()
                        .equals("FRAUD"));
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        api.get("/api/v1/activity", xiamen).json().get("hits").asLong() > 0);
    }

    private long list(String value, String kind) {
        Answer answer = api.post(
                "/api/v1/indicators", xiamen, Map.of("kind", kind, "value", value, "scamType", "FAKE_INVESTMENT"));
        assertThat(answer.status()).as(answer.text()).isIn(200, 201);
        return answer.json().get("id").asLong();
    }

    private long report(Auth app, String value, String reporter, String source) {
        Answer answer = api.post(
                "/api/v1/indicators/reports",
                app,
                Map.of("kind", "PHONE_NUMBER", "value", value, "reporter", reporter, "source", source));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.json().get("indicator").get("id").asLong();
    }

    private String status(long id) {
        return api.get("/api/v1/indicators/" + id, xiamen).json().get("status").asText();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void thePagesAnswerWithoutABrowser() {
        assertThat(new ConsoleClient(base).get("/console/indicators").statusCode())
                .as("anonymous")
                .isEqualTo(302);

        // an auditor has no INDICATORS_READ: no link, and the console's 403 on every page
        ConsoleClient auditor = ConsoleClient.loggedIn(base, "he.auditor");
        assertThat(auditor.get("/console").body()).doesNotContain("/console/indicators");
        for (String path : List.of(
                "/console/indicators",
                "/console/indicators/" + listed,
                "/console/indicators/review",
                "/console/indicators/imports",
                "/console/indicators/activity",
                "/console/indicators/activity/chart")) {
            HttpResponse<String> refused = auditor.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }

        // a caller reads the registry but may change nothing: no buttons, no upload form, and a 403 for a POST
        ConsoleClient caller = ConsoleClient.loggedIn(base, "zhou.caller");
        assertThat(caller.get("/console").body()).contains("href=\"/console/indicators\"", ">涉诈指标<");
        String callerQueue = caller.get("/console/indicators/review").body();
        assertThat(callerQueue).contains(BY_CITIZENS, "您的角色只能查看").doesNotContain("/reject\"");
        assertThat(caller.get("/console/indicators/imports").body()).doesNotContain("type=\"file\"");
        HttpResponse<String> callerVerify = caller.post(
                "/console/indicators/" + detected + "/verify",
                "_csrf=" + ConsoleClient.enc(ConsoleClient.csrf(callerQueue)));
        assertThat(callerVerify.statusCode()).isEqualTo(403);
        assertThat(status(detected)).isEqualTo("SUSPECTED");

        ConsoleClient analyst = ConsoleClient.loggedIn(base, "lin.analyst");
        // the number as a person types it, normalised as the API does
        String found =
                analyst.get("/console/indicators?q=" + enc("170 1234 5678")).body();
        assertThat(found)
                .contains("涉诈指标查询", "查到的涉诈指标（1）", LISTED, "已核实", "虚假网络投资理财", "厦门市反诈骗中心")
                .doesNotContain(BY_CITIZENS);
        // like's wildcards in a value are matched as themselves: a chat id with "_" is found by its exact value
        long chat = list("wechat:fake_invest_01", "CHAT_ACCOUNT");
        assertThat(analyst.get("/console/indicators?q=" + enc("wechat:fake_invest_01"))
                        .body())
                .contains("/console/indicators/" + chat + "\"");
        assertThat(analyst.get("/console/indicators?q=" + enc("fake%invest")).body())
                .doesNotContain("/console/indicators/" + chat + "\"");
        assertThat(analyst.get("/console/indicators?q=" + enc("fake-invest")).body())
                .contains(LISTED_URL, "网址");
        String suspected = analyst.get("/console/indicators?status=SUSPECTED").body();
        assertThat(suspected).contains("查到的涉诈指标（3）", BY_CITIZENS, DETECTED).doesNotContain(LISTED + "<");
        assertThat(analyst.get("/console/indicators?status=SUSPECTED&lang=en").body())
                .contains("Fraud indicators", "Indicators found (3)", "Suspected", "Listed by");
        analyst.get("/console/indicators?lang=zh-CN");
        // bad input: the message beside the field, and what was typed kept
        String bad = analyst.get("/console/indicators?q=" + enc("170 1234") + "&status=NOPE")
                .body();
        assertThat(bad)
                .contains("id=\"status-error\"", "请从列表中选择", "value=\"170 1234\"", "aria-invalid=\"true\"")
                .doesNotContain("查到的涉诈指标");
        assertThat(analyst.get("/console/indicators?q=" + "9".repeat(201)).body())
                .contains("id=\"q-error\"", "最多 200 个字符");

        // one indicator: its details, the evidence that named it and the actions of the analyst's role
        String one = analyst.get("/console/indicators/" + byCitizens).body();
        assertThat(one).contains(BY_CITIZENS, "疑似", "证据：3 条举报", "群众举报 3", "安全手机卫士", "确认", "驳回", "首次出现");
        assertThat(analyst.get("/console/indicators/" + byCitizens + "?lang=en").body())
                .contains("Evidence: 3 reports", "Citizen report 3", "Confirm", "Reject");
        analyst.get("/console/indicators?lang=zh-CN");
        assertThat(analyst.get("/console/indicators/" + listed).body())
                .contains("无需处理")
                .doesNotContain("/reject\"");

        // the review queue: the most reported first, confirm and reject need the CSRF token
        String queue = analyst.get("/console/indicators/review").body();
        assertThat(queue).contains("待审核队列", "疑似指标，等待反诈中心审核（3）", "3 条举报", "合作方监测 1");
        assertThat(queue.indexOf("data-indicator=\"" + byCitizens + "\""))
                .as("three reports before one")
                .isLessThan(queue.indexOf("data-indicator=\"" + detected + "\""));
        assertThat(analyst.post("/console/indicators/" + detected + "/reject", "back=review")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> rejected = analyst.post(
                "/console/indicators/" + detected + "/reject",
                "back=review&_csrf=" + ConsoleClient.enc(ConsoleClient.csrf(queue)));
        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(rejected.headers().firstValue("Location").orElseThrow()).endsWith("/console/indicators/review");
        assertThat(status(detected)).as("rejected, through the REST API").isEqualTo("REPORTED");
        String after = analyst.get("/console/indicators/review").body();
        assertThat(after)
                .contains("已驳回 " + DETECTED, "疑似指标，等待反诈中心审核（2）")
                .doesNotContain("data-indicator=\"" + detected + "\"");
        // rejecting again is refused with a message, not an error page
        HttpResponse<String> again = analyst.post(
                "/console/indicators/" + listed + "/reject", "_csrf=" + ConsoleClient.enc(ConsoleClient.csrf(after)));
        assertThat(analyst.get(again.headers().firstValue("Location").orElseThrow())
                        .body())
                .contains("只有已举报或疑似的指标可以驳回");
        assertThat(status(listed)).isEqualTo("VERIFIED");

        // imports: the form with its idempotency key; the upload needs the CSRF token
        String imports = analyst.get("/console/indicators/imports").body();
        assertThat(imports).contains("批量导入公安名单", "type=\"file\"", "name=\"idempotencyKey\"", "本中心最近的导入");
        assertThat(analyst.post("/console/indicators/imports", "mode=SKIP_BAD_ROWS")
                        .statusCode())
                .isEqualTo(403);
        uploadsOverPlainHttp();

        // the list's activity: the listed numbers per status and kind, the hit that warned
        String activity = analyst.get("/console/indicators/activity").body();
        assertThat(activity)
                .contains("本中心名单成效", "本中心名单（按状态和类型）", "最近 30 天", "data-figure=\"hits\"", LISTED)
                .contains("data-status=\"VERIFIED\"");
        assertThat(analyst.get("/console/indicators/activity?days=7&lang=en").body())
                .contains("Your list&#39;s activity", "Last 7 days", "Checks that hit them");
        analyst.get("/console/indicators?lang=zh-CN");
        HttpResponse<String> chart = analyst.get("/console/indicators/activity/chart?days=7");
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).contains("\"days\"", "命中次数");
    }

    /**
     * The upload form as a browser sends it (multipart, with the CSRF token and the form's idempotency key): a file that
     * is not UTF-8 or has no rows comes back beside the field, and the same form sent twice starts one import.
     */
    private void uploadsOverPlainHttp() {
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = send(http, HttpRequest.newBuilder(URI.create(base + "/console/login")))
                .body();
        HttpResponse<String> in = send(
                http,
                HttpRequest.newBuilder(URI.create(base + "/console/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=lin.analyst&password="
                                + enc(ConsoleClient.PASSWORD) + "&_csrf=" + enc(ConsoleClient.csrf(login)))));
        assertThat(in.statusCode()).isEqualTo(302);
        String form = send(http, HttpRequest.newBuilder(URI.create(base + "/console/indicators/imports")))
                .body();
        Matcher key =
                Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(form);
        assertThat(key.find()).isTrue();
        String token = uploadToken(form);

        byte[] latin1 = {'v', 'a', 'l', 'u', 'e', '\n', (byte) 0xC3, '(', '\n'};
        HttpResponse<String> notUtf8 = upload(http, token, "k-1", latin1);
        assertThat(notUtf8.statusCode()).isEqualTo(200);
        assertThat(notUtf8.body())
                .contains("id=\"file-error\"", "文件不是 UTF-8 文本", "aria-describedby=\"file-error file-hint\"")
                .contains("value=\"ALL_OR_NOTHING\" checked=\"checked\"");
        HttpResponse<String> noRows = upload(http, token, "k-2", "value\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noRows.body()).contains("文件表头下没有数据行");

        byte[] list = csv(3, 3_000_000, false).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> first = upload(http, token, key.group(1), list);
        HttpResponse<String> second = upload(http, token, key.group(1), list);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location"))
                .as("the same form sent twice opens the first import")
                .isEqualTo(first.headers().firstValue("Location"));
        String location = first.headers().firstValue("Location").orElseThrow();
        String job = location.startsWith("http") ? location : base + location;
        long id = Long.parseLong(job.substring(job.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/imports/" + id, xiamen)
                        .json()
                        .get("status")
                        .asText()
                        .equals("COMPLETED"));
        assertThat(api.get("/api/v1/imports/" + id, xiamen)
                        .json()
                        .get("acceptedRows")
                        .asInt())
                .isEqualTo(3);
        String done = send(http, HttpRequest.newBuilder(URI.create(job + "/progress")))
                .body();
        assertThat(done).contains("已读取 3 / 3 行（100%）", "导入完成：导入 3 行，拒绝 0 行。").doesNotContain("hx-get");
    }

    private static String uploadToken(String html) {
        Matcher token = Pattern.compile(
                        "enctype=\"multipart/form-data\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html);
        assertThat(token.find()).as("the upload form's CSRF token").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> upload(HttpClient http, String token, String idempotencyKey, byte[] file) {
        String boundary = "----clearsky" + System.nanoTime();
        String fields = part(boundary, "_csrf", token)
                + part(boundary, "idempotencyKey", idempotencyKey)
                + part(boundary, "mode", "ALL_OR_NOTHING")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(fields.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                http,
                HttpRequest.newBuilder(URI.create(base + "/console/indicators/imports"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A police list of {@code rows} good numbers, and three bad rows among them when {@code bad}. */
    private static String csv(int rows, int first, boolean bad) {
        StringBuilder csv = new StringBuilder("value,kind,scam_type,note\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.format("+86139%08d,PHONE_NUMBER,FAKE_LOAN,police list\n", first + i));
            if (bad && i == 2) {
                csv.append("12345,PHONE_NUMBER,FAKE_LOAN,too short\n"); // line 5
            }
            if (bad && i == 5) {
                csv.append("+8613999999999,PHONE_NUMBER,NOPE,no such type\n"); // line 9
            }
            if (bad && i == 7) {
                csv.append(",PHONE_NUMBER,FAKE_LOAN,empty\n"); // line 12
            }
        }
        return csv.toString();
    }

    @Test
    @Order(2)
    void anAnalystSearchesImportsAndConfirms() {
        try (BrowserSupport browser = BrowserSupport.launch()) {
            Page page = browser.page(1280, 900, "zh-CN");
            List<String> problems = BrowserSupport.errorsOf(page);
            page.navigate(base + "/console/login");
            ConsoleClient.logIn(page, "lin.analyst", "用户名", "密码");

            // search a number as typed and open it
            page.locator(".main-nav a", new Page.LocatorOptions().setHasText("涉诈指标"))
                    .click();
            page.waitForURL("**/console/indicators");
            assertThat(page.locator(".main-nav a[aria-current=page]").textContent())
                    .isEqualTo("涉诈指标");
            page.getByLabel("号码、网址或账号").fill("170-1234-5678");
            page.getByLabel("状态").selectOption("VERIFIED");
            page.locator("form.ind-search button[type=submit]").click();
            page.waitForURL("**/console/indicators?q=*");
            assertThat(page.locator("table.ind-results tbody tr").count()).isEqualTo(1);
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-indicators-search-zh");
            page.locator("table.ind-results a.value").click();
            page.waitForURL("**/console/indicators/" + listed);
            assertThat(page.locator("h1").textContent()).contains(LISTED);
            assertThat(page.locator("[data-status]").getAttribute("data-status"))
                    .isEqualTo("VERIFIED");
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-indicators-indicator-zh");

            page.locator(".ind-tabs a", new Page.LocatorOptions().setHasText("批量导入"))
                    .click();
            page.waitForURL("**/console/indicators/imports");
            page.getByLabel("CSV 文件（UTF-8）")
                    .setInputFiles(new FilePayload(
                            "police-list.csv",
                            "text/csv",
                            csv(10, 2_000_000, true).getBytes(StandardCharsets.UTF_8)));
            page.getByLabel("导入正确的行，报告错误的行").check();
            BrowserSupport.assertEveryControlIsLabelled(page);
            // a long list queued just before keeps the worker busy, so the page shows the job waiting and polls to done
            Answer big = api.postCsv("/api/v1/imports?mode=SKIP_BAD_ROWS", xiamen, csv(30_000, 1_000_000, false), null);
            assertThat(big.status()).as(big.text()).isEqualTo(202);
            page.locator("form.ind-upload button[type=submit]").click();
            page.waitForURL("**/console/indicators/imports/*");
            badRowsJob = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
            boolean pollingAtFirst = page.locator("#progress[hx-get]").count() == 1;
            assertThat(page.locator("#progress").textContent()).contains("进度每秒自动更新");
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-indicators-import-running-zh");
            page.waitForSelector("#progress[data-done=true]", new Page.WaitForSelectorOptions().setTimeout(90_000));
            assertThat(pollingAtFirst)
                    .as("the job was queued behind the long list: htmx polled the bar to done")
                    .isTrue();
            assertThat(page.locator("#progress[hx-get]").count())
                    .as("polling stopped")
                    .isZero();
            assertThat(page.locator("#import-bar").getAttribute("value"))
                    .isEqualTo(page.locator("#import-bar").getAttribute("max"))
                    .isEqualTo("13");
            assertThat(page.locator("[data-accepted]").textContent()).isEqualTo("10");
            assertThat(page.locator("[data-rejected]").textContent()).isEqualTo("3");
            assertThat(page.locator(".ind-errors tbody tr[data-line]")
                            .evaluateAll("rows => rows.map(r => r.dataset.line)"))
                    .isEqualTo(List.of("5", "9", "12"));
            assertThat(page.locator(".ind-errors").textContent()).contains("12345", "scam_type", "NOPE");
            browser.screenshot(page, "console-indicators-import-done-zh");
            JsonNode imported = api.get("/api/v1/indicators?q=" + enc("+8613902000000"), xiamen)
                    .json();
            assertThat(imported.get("total").asLong()).isEqualTo(1);

            // no file chosen: the form again, the message beside the field
            page.navigate(base + "/console/indicators/imports");
            assertThat(page.locator("table.data tbody tr[data-job]").count()).isGreaterThanOrEqualTo(2);
            page.locator("form.ind-upload button[type=submit]").click();
            page.waitForSelector("#file-error");
            assertThat(page.locator("#file-error").textContent()).isEqualTo("请选择要导入的 CSV 文件。");
            assertThat(page.locator("#file").getAttribute("aria-describedby")).contains("file-error");

            // the review queue: confirm the most reported number
            page.locator(".ind-tabs a", new Page.LocatorOptions().setHasText("待审核"))
                    .click();
            page.waitForURL("**/console/indicators/review");
            assertThat(page.locator("ol.ind-queue .task").first().getAttribute("data-indicator"))
                    .isEqualTo(String.valueOf(byCitizens));
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-indicators-review-zh");
            page.locator("[data-indicator='" + byCitizens + "'] form[action$='/verify'] button")
                    .click();
            page.waitForURL("**/console/indicators/review");
            assertThat(page.locator("#confirmation").textContent()).contains("已确认 " + BY_CITIZENS);
            assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("confirmation");
            assertThat(page.locator("[data-indicator='" + byCitizens + "']").count())
                    .as("it left the queue")
                    .isZero();
            assertThat(status(byCitizens)).as("confirmed, through the REST API").isEqualTo("VERIFIED");
            JsonNode confirmed =
                    api.get("/api/v1/indicators/" + byCitizens, xiamen).json();
            assertThat(confirmed.get("agencyId").asLong()).isEqualTo(listedAgency());

            // the list's activity: figures, the table and the chart drawn from its JSON
            page.locator(".ind-tabs a", new Page.LocatorOptions().setHasText("名单成效"))
                    .click();
            page.waitForURL("**/console/indicators/activity");
            page.waitForSelector("#ind-activity-chart[data-drawn=true] canvas");
            assertThat(Long.parseLong(page.locator("[data-figure=hits]").textContent()))
                    .isGreaterThan(0);
            assertThat(page.locator("table.ind-tally tbody tr[data-status=VERIFIED]")
                            .count())
                    .isEqualTo(1);
            browser.screenshot(page, "console-indicators-activity-zh");

            // English
            page.locator(".lang a[lang=en]").click();
            page.waitForSelector("html[lang=en]");
            assertThat(page.locator("h1").textContent()).isEqualTo("Your list's activity");
            browser.screenshot(page, "console-indicators-activity-en");
            page.navigate(base + "/console/indicators/" + byCitizens);
            assertThat(page.locator("[data-status]").textContent()).isEqualTo("Verified");
            browser.screenshot(page, "console-indicators-indicator-en");
            page.navigate(base + "/console/indicators?status=VERIFIED");
            browser.screenshot(page, "console-indicators-search-en");
            page.locator(".lang a[lang=zh-CN]").click();
            page.waitForSelector("html[lang=zh-CN]");
            assertThat(problems)
                    .as("no script error and nothing the CSP blocked")
                    .isEmpty();
        }
    }

    private long listedAgency() {
        return api.get("/api/v1/indicators/" + listed, xiamen)
                .json()
                .get("agencyId")
                .asLong();
    }

    @Test
    @Order(3)
    void aPhoneOf390PixelsAndTheKeyboardReachEverything() {
        try (BrowserSupport browser = BrowserSupport.launch()) {
            for (String language : List.of("zh-CN", "en")) {
                boolean en = language.equals("en");
                String suffix = (en ? "en" : "zh") + "-390";
                Page page = browser.page(390, 844, language);
                List<String> problems = BrowserSupport.errorsOf(page);
                page.navigate(base + "/console/login?lang=" + language);
                ConsoleClient.logIn(page, "lin.analyst", en ? "User name" : "用户名", en ? "Password" : "密码");
                for (String[] shot : List.of(
                        new String[] {"/console/indicators?status=SUSPECTED", "search"},
                        new String[] {"/console/indicators/" + forThePhone, "indicator"},
                        new String[] {"/console/indicators/review", "review"},
                        new String[] {"/console/indicators/imports", "imports"},
                        new String[] {"/console/indicators/imports/" + badRowsJob, "import"},
                        new String[] {"/console/indicators/activity", "activity"})) {
                    page.navigate(base + shot[0]);
                    BrowserSupport.assertNoSidewaysScroll(page);
                    BrowserSupport.assertEveryControlIsLabelled(page);
                    browser.screenshot(page, "console-indicators-" + shot[1] + "-" + suffix);
                }
                assertThat(problems).as("no script error at 390 pixels").isEmpty();
            }
            // the keyboard alone reaches the navigation link and the review queue's first confirm button
            Page page = browser.page(1280, 900, "zh-CN");
            page.navigate(base + "/console/login");
            ConsoleClient.logIn(page, "lin.analyst", "用户名", "密码");
            List<String> reached = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                page.keyboard().press("Tab");
                reached.add(tabbed(page));
            }
            assertThat(reached).anyMatch(t -> t.startsWith("A") && t.contains("涉诈指标"));
            page.navigate(base + "/console/indicators/review");
            reached.clear();
            for (int i = 0; i < 30; i++) {
                page.keyboard().press("Tab");
                reached.add(tabbed(page));
            }
            assertThat(reached).anyMatch(t -> t.equals("BUTTON 确认"));
        }
    }

    private static String tabbed(Page page) {
        return String.valueOf(page.evaluate(
                "() => { const e = document.activeElement; return (e.tagName + ' ' + e.textContent).trim(); }"));
    }
}

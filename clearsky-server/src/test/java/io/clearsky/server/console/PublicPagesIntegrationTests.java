package io.clearsky.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clearsky.server.TestApi;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public pages over plain HTTP, as a browser without scripts sees them: their answers in both languages, the
 * report form's errors next to their fields with the input kept, its protection against a double submit and against
 * cross-site posting, following a report, and checking a listed number.
 */
class PublicPagesIntegrationTests extends PublicPagesServer {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");
    private static final Pattern RECEIPT = Pattern.compile("id=\"receipt-no\">([^<]+)<");

    /** A browser: keeps its cookies, a new one for each test. */
    private HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String first(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("%s in %s", pattern, html).isTrue();
        return m.group(1);
    }

    private Map<String, String> report(String csrf, String key, String phone) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("idempotencyKey", key);
        form.put("scamType", "");
        form.put("occurredAt", "2026-11-20T14:30");
        form.put("lossAmount", "3200.50");
        form.put("paymentMethod", "ALIPAY");
        form.put("identifiers[0].kind", "PHONE_NUMBER");
        form.put("identifiers[0].value", "170 1234 5678");
        form.put("identifiers[1].kind", "URL");
        form.put("identifiers[1].value", "");
        form.put("region", "350206");
        form.put("narrative", "对方自称快递客服，说包裹丢了要理赔，让我下载会议软件共享屏幕，然后转走了钱。");
        form.put("reporterName", "林女士");
        form.put("reporterPhone", phone);
        form.put("action", "file");
        return form;
    }

    @Test
    void homePageIsChineseFirstAndEnglishIsRememberedOnceChosen() throws Exception {
        HttpResponse<String> zh = get("/");
        assertThat(zh.statusCode()).isEqualTo(200);
        assertThat(zh.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(zh.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'");
        assertThat(zh.body())
                .contains("lang=\"zh-CN\"", "晴空反诈", "举报诈骗", "96110", "href=\"/report\"", "href=\"/check\"")
                .contains("href=\"/follow\"", "href=\"/tips\"", "href=\"#main\"", "<main id=\"main\"")
                .doesNotContain("<script");

        HttpResponse<String> en = get("/?lang=en");
        assertThat(en.body()).contains("lang=\"en\"", "Report a scam", "96110");
        assertThat(get("/tips").body()).contains("Anti-fraud tips by scam type");
        assertThat(get("/tips?lang=zh-CN").body()).contains("按诈骗类型的防骗提示");
    }

    @Test
    void tipsReadInBothLanguagesAndAnUnknownTypeIsAPageNotAnError() throws Exception {
        HttpResponse<String> zh = get("/tips/FAKE_LOAN");
        assertThat(zh.statusCode()).isEqualTo(200);
        assertThat(zh.body()).contains("虚假网络贷款", "正规贷款在放款前不会收取任何费用");
        assertThat(get("/tips/FAKE_LOAN?lang=en").body()).contains("Fake loan", "A real lender never charges");
        HttpResponse<String> unknown = get("/tips/NO_SUCH_TYPE");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }

    @Test
    void aReportWithAWrongFieldShowsTheErrorNextToItKeepsTheInputAndADoubleSubmitFilesOnce() throws Exception {
        HttpResponse<String> page = get("/report");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("CLEARSKY-PUBLIC-CSRF=").contains("HttpOnly", "SameSite=Lax"));
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        String csrf = first(CSRF, page.body());
        String key = first(KEY, page.body());

        // "add another row" shows the form again with one more row, files nothing and judges nothing yet
        Map<String, String> moreRows = new LinkedHashMap<>(report(csrf, key, "1380013800"));
        moreRows.put("action", "add-row");
        HttpResponse<String> added = post("/report", moreRows);
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body())
                .contains("id=\"identifiers2\"", "value=\"1380013800\"")
                .doesNotContain("reporterPhone-error", "receipt-no");

        HttpResponse<String> wrong = post("/report", report(csrf, key, "1380013800"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body())
                .contains("id=\"reporterPhone-error\"", "aria-describedby=\"reporterPhone-help reporterPhone-error\"")
                .contains("aria-invalid=\"true\"", "请填写正确的手机号码")
                .contains("value=\"1380013800\"", "value=\"350206\"", "value=\"3200.50\"", "value=\"170 1234 5678\"")
                .contains("让我下载会议软件共享屏幕", "name=\"idempotencyKey\" value=\"" + key + "\"");
        assertThat(wrong.body()).doesNotContain("id=\"region-error\"");

        String phone = "139" + String.valueOf(System.nanoTime()).substring(0, 8);
        HttpResponse<String> filed = post("/report", report(first(CSRF, wrong.body()), key, phone));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String receiptNo = first(RECEIPT, filed.body());

        // the browser sends it again (a double tap, a reload after a timeout): the same receipt, filed once
        HttpResponse<String> again = post("/report", report(first(CSRF, wrong.body()), key, phone));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(first(RECEIPT, again.body())).isEqualTo(receiptNo);
        assertThat(again.body()).contains("举报只登记了一次");
        TestApi api = new TestApi(port);
        TestApi.Answer byReceipt = api.get("/api/v1/reports/receipts/" + receiptNo, admin());
        assertThat(byReceipt.status()).isEqualTo(200);
        // no kind chosen: OTHER, as the reporter said; the centre sees what the narrative suggests beside it
        assertThat(byReceipt.json().get("scamType").asText()).isEqualTo("OTHER");
        assertThat(byReceipt
                        .json()
                        .get("suggestion")
                        .get("scamType")
                        .get("code")
                        .asText())
                .isEqualTo("FAKE_CUSTOMER_SERVICE");
        long sameReceipt = 0;
        for (var item : api.get("/api/v1/reports?size=200", admin()).json().get("items")) {
            if (item.get("receiptNo").asText().equals(receiptNo)) {
                sameReceipt++;
            }
        }
        assertThat(sameReceipt).isEqualTo(1);

        // following it: the right pair shows the status; a wrong phone looks like an unknown receipt
        HttpResponse<String> followPage = get("/follow?receiptNo=" + receiptNo);
        assertThat(followPage.body()).contains("value=\"" + receiptNo + "\"");
        String followCsrf = first(CSRF, followPage.body());
        HttpResponse<String> status =
                post("/follow", Map.of("_csrf", followCsrf, "receiptNo", receiptNo, "phone", phone));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("已受理", receiptNo, "其他");
        HttpResponse<String> wrongPhone =
                post("/follow", Map.of("_csrf", followCsrf, "receiptNo", receiptNo, "phone", "13900000000"));
        HttpResponse<String> unknown =
                post("/follow", Map.of("_csrf", followCsrf, "receiptNo", "BA20260101ZZZZZZ", "phone", phone));
        assertThat(wrongPhone.statusCode()).isEqualTo(404).isEqualTo(unknown.statusCode());
        assertThat(wrongPhone.body()).contains("没有找到与这个回执号和手机号码对应的举报");
        assertThat(unknown.body()).contains("没有找到与这个回执号和手机号码对应的举报");
        assertThat(unknown.body()).doesNotContain("已受理");
        assertThat(wrongPhone.body()).doesNotContain("已受理");
    }

    @Test
    void aFormPostedFromAnotherSiteWithoutTheTokenFilesNothingAndKeepsTheInput() throws Exception {
        HttpClient otherSite = HttpClient.newHttpClient(); // no cookie of ours, no token
        String key = UUID.randomUUID().toString();
        Map<String, String> form = report("forged", key, "13700000001");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> forged = otherSite.send(
                HttpRequest.newBuilder(URI.create(base() + "/report"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("页面已过期", "value=\"13700000001\"", "name=\"_csrf\"");
        assertThat(forged.body()).contains("href=\"/report?lang=en\"");
        assertThat(forged.body()).doesNotContain("id=\"receipt-no\"");
    }

    @Test
    void checkingAListedNumberShowsTheCentresWarningAndItsTip() throws Exception {
        String csrf = first(CSRF, get("/check").body());
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    HttpResponse<String> checked =
                            post("/check", Map.of("_csrf", csrf, "kind", "PHONE_NUMBER", "value", "170 1234 5678"));
                    assertThat(checked.statusCode()).isEqualTo(200);
                    assertThat(checked.body()).contains(WARNING_ZH, "涉诈", "href=\"/tips/FAKE_CUSTOMER_SERVICE\"");
                });
        HttpResponse<String> en =
                post("/check?lang=en", Map.of("_csrf", csrf, "kind", "PHONE_NUMBER", "value", LISTED));
        assertThat(en.body()).contains(WARNING_EN);
        HttpResponse<String> bad = post("/check", Map.of("_csrf", csrf, "kind", "PHONE_NUMBER", "value", "12"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"value-error\"", "value=\"12\"");
        HttpResponse<String> text = post(
                "/check?lang=zh-CN",
                Map.of(
                        "_csrf",
                        csrf,
                        "kind",
                        "PHONE_NUMBER",
                        "value",
                        "",
                        "text",
                        "【贷款】您的贷款已审批通过，因银行卡号填写错误资金被冻结，请缴纳解冻费后放款，详询客服。"));
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.body()).contains("这条消息疑似诈骗", "href=\"/tips/FAKE_LOAN\"");
    }

    @Test
    void aBrowserGetsErrorsAsAPageInItsLanguageAndTheApiKeepsProblemJson() throws Exception {
        ConsoleClient page = new ConsoleClient(base());
        HttpResponse<String> missing = page.page("/report/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(missing.body())
                .contains("lang=\"zh-CN\"", "找不到此页面", "tel:96110")
                .doesNotContain("problem");
        page.page("/?lang=en");
        assertThat(page.page("/report/no-such-page").body()).contains("lang=\"en\"", "Page not found");
        // an address no page serves: the API's demand to log in, read by a person as "not found"
        HttpResponse<String> nowhere = page.page("/no-such-page");
        assertThat(nowhere.statusCode()).isEqualTo(401);
        assertThat(nowhere.body()).contains("Page not found");

        // the language switch of an error page never links to another site (//host and /\host are other sites)
        for (String sneaky : List.of("//evil.example/x", "/%5Cevil.example/x")) {
            HttpResponse<String> error = page.page(sneaky);
            assertThat(error.body()).as(sneaky).doesNotContain("evil.example");
        }

        // refused by a filter before any page ran (a NUL in the query): the page too, through the error dispatch
        HttpResponse<String> nul = page.page("/check?value=%00");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("This request could not be handled");

        // a console page: its own frame, in the person's language
        ConsoleClient admin = new ConsoleClient(base());
        assertThat(admin.logIn("admin", "correct horse battery staple").statusCode())
                .isEqualTo(302);
        HttpResponse<String> noTask = admin.page("/console/dissuasion/999999");
        assertThat(noTask.statusCode()).isEqualTo(404);
        assertThat(noTask.body()).contains("未找到", "返回概览", "/console/console.css");
        HttpResponse<String> notANumber = admin.page("/console/dissuasion/abc");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("无法处理此请求");
        HttpResponse<String> stale = admin.postPage("/console/dissuasion/1/take", "_csrf=stale-token");
        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(stale.body())
                .as("a stale form, not a missing right")
                .contains("页面已过期")
                .doesNotContain("无权");

        // not a browser, or the API: problem+json as before
        HttpResponse<String> plain = get("/report/no-such-page");
        assertThat(plain.statusCode()).isEqualTo(404);
        assertThat(plain.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(admin.get("/console/dissuasion/999999")
                        .headers()
                        .firstValue("Content-Type")
                        .orElseThrow())
                .startsWith("application/problem+json");
        for (String api : List.of("/api/v1/no-such-thing", "/api/v1/check?kind=PHONE_NUMBER&value=%00")) {
            HttpResponse<String> fromApi = page.page(api);
            assertThat(fromApi.statusCode()).as(api).isBetween(400, 404);
            assertThat(fromApi.headers().firstValue("Content-Type").orElseThrow())
                    .as(api)
                    .startsWith("application/problem+json");
        }
    }

    @Test
    void thePagesAreNotInTheApiDocument() throws Exception {
        String doc = get("/v3/api-docs").body();
        assertThat(doc).contains("/api/v1/reports").doesNotContain("\"/report\"", "\"/check\"", "\"/tips\"");
        assertThat(doc).doesNotContain("\"/follow\"", "\"/\":");
    }
}

package io.clearsky.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console as its people use it, in the machine's Chromium: log in, read the dashboard's figures and charts,
 * switch the language and back, reach the main links by keyboard alone, find a label on every control, and use it
 * on a 390-pixel-wide phone. Screenshots of each page land in {@code target/screenshots} for review. One test
 * needs no browser and checks that the pages answer over plain HTTP.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearsky.demo.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIntegrationTests {

    private static final Path DATA = TempDirs.create();
    private static final String USER = "lin.supervisor";
    private static final String PASSWORD = ConsoleClient.PASSWORD;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    private String base;
    private TestApi api;
    private Auth admin;
    private long centre;

    @BeforeAll
    void setUp() throws IOException {
        base = "http://127.0.0.1:" + port;
        api = new TestApi(port);
        admin = api.firstAdmin(DATA);
        centre = api.agency(admin, "xiamen-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen Anti-Fraud Centre", "350200");
        ConsoleClient.person(api, admin, centre, USER, "SUPERVISOR");
        file(api, "13800000001", "350206", "1200", "FAKE_CUSTOMER_SERVICE");
        file(api, "13800000002", "350203", "56000", "FAKE_INVESTMENT");
        file(api, "13800000003", "350206", "800", "BRUSHING_REBATE");
    }

    private static void file(TestApi api, String phone, String region, String loss, String type) {
        Map<String, Object> report = new LinkedHashMap<>();
        // now, to the second: never in the future, and today in China
        report.put(
                "occurredAt",
                OffsetDateTime.now(ZoneOffset.ofHours(8))
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        report.put("scamType", type);
        report.put("loss", Map.of("amount", loss, "currency", "CNY"));
        report.put("paymentMethod", "BANK_TRANSFER");
        report.put(
                "identifiers", List.of(Map.of("kind", "PHONE_NUMBER", "value", "+86 171 0000 " + phone.substring(7))));
        report.put("region", region);
        report.put("narrative", "对方自称客服，让我下载APP共享屏幕。");
        report.put("reporter", Map.of("name", "张三", "phone", phone));
        Answer filed = api.post(
                "/api/v1/reports",
                Auth.none(),
                report,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    }

    @Test
    void thePagesAnswerWithoutABrowser() {
        ConsoleClient http = new ConsoleClient(base);
        HttpResponse<String> login = http.get("/console/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("lang=\"zh-CN\"", "登录反诈工作台").doesNotContain("<script>");
        assertThat(http.get("/console/login?lang=en").body())
                .contains("lang=\"en\"", "Log in to the anti-fraud console");
        assertThat(http.get("/console/login").body())
                .as("the cookie remembers English")
                .contains("lang=\"en\"");
        assertThat(http.get("/console/login?lang=zh-CN").body()).contains("lang=\"zh-CN\"");

        HttpResponse<String> anonymous = http.get("/console");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/console/login");
        for (String asset : List.of(
                "/console/console.css",
                "/console/console.js",
                "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/echarts/dist/echarts.min.js")) {
            HttpResponse<String> file = http.get(asset);
            assertThat(file.statusCode()).as(asset).isEqualTo(200);
            // libraries and the console's own files are cached for an hour, not fetched on every page
            assertThat(file.headers().firstValue("Cache-Control").orElseThrow())
                    .as(asset)
                    .contains("max-age=3600");
        }

        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(http.get("/console/login").body());
        assertThat(csrf.find()).as("the login form carries its CSRF token").isTrue();
        HttpResponse<String> wrong = http.post(
                "/console/login",
                "username=" + USER + "&password=wrong-password-here&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/console/login?error");
        assertThat(http.get("/console/login?error").body()).contains("用户名或密码错误");

        // a login form left open while its token went stale: the login page again, saying so, not a JSON problem
        HttpResponse<String> stale =
                http.post("/console/login", "username=" + USER + "&password=wrong-password-here&_csrf=stale-token");
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.headers().firstValue("Location").orElseThrow()).endsWith("/console/login?expired");
        assertThat(http.get("/console/login?expired").body()).contains("页面已过期");

        HttpResponse<String> loggedIn = http.post(
                "/console/login",
                "username=" + USER + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).matches(".*/console(\\?continue)?");

        HttpResponse<String> dashboard = http.get("/console");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body())
                .contains("厦门市反诈骗中心", USER, "data-figure=\"reports\">3<", "¥58,000.00", "350206")
                .doesNotContain("<script>");
        HttpResponse<String> month = http.get("/console/dashboard/figures?period=month");
        assertThat(month.statusCode()).isEqualTo(200);
        assertThat(month.body()).startsWith("<div").contains("id=\"figures\"").doesNotContain("<html");
        HttpResponse<String> charts = http.get("/console/dashboard/charts");
        assertThat(charts.statusCode()).isEqualTo(200);
        assertThat(charts.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        String today = java.time.LocalDate.now(ZoneOffset.ofHours(8)).toString();
        assertThat(charts.body())
                .contains("\"trend\"", "\"shares\"", "FAKE_INVESTMENT", "虚假网络投资理财")
                .as("today's three reports on the trend")
                .contains("{\"day\":\"" + today + "\",\"reports\":3,\"lossCny\":58000");
    }

    @Test
    void aRoleSeesOnlyTheFiguresItMayReadAndAOneTimePasswordOpensNothing() {
        Answer created = api.post(
                "/api/v1/users", admin, Map.of("username", "chen.caller", "role", "CALLER", "agencyId", centre));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String oneTime = created.json().get("oneTimePassword").asText();

        ConsoleClient http = new ConsoleClient(base);
        HttpResponse<String> first = http.logIn("chen.caller", oneTime);
        assertThat(first.statusCode()).isEqualTo(302);
        // on a one-time password only the password page opens: every other page sends the person there
        for (String path : List.of(
                "/console",
                "/console/dashboard/charts",
                "/console/dissuasion",
                "/console/bulletins",
                "/console/audit")) {
            HttpResponse<String> gated = http.get(path);
            assertThat(gated.statusCode()).as(path).isEqualTo(302);
            assertThat(gated.headers().firstValue("Location").orElseThrow())
                    .as(path)
                    .endsWith("/console/password");
        }
        HttpResponse<String> passwordPage = http.get("/console/password");
        assertThat(passwordPage.statusCode()).isEqualTo(200);
        assertThat(passwordPage.body()).contains("一次性密码", "name=\"newPassword\"");
        assertThat(http.get("/console/console.css").statusCode()).isEqualTo(200);
        assertThat(http.get("/console").statusCode()).as("still gated").isEqualTo(302);
        // the API keeps its own gate: a one-time password opens nothing but /api/v1/me
        Answer refused = api.get("/api/v1/dissuasion-tasks", Auth.basic("chen.caller", oneTime));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("password-change-required");

        Answer changed = api.post(
                "/api/v1/me/password",
                Auth.basic("chen.caller", oneTime),
                Map.of("currentPassword", oneTime, "newPassword", PASSWORD));
        assertThat(changed.status()).as(changed.text()).isEqualTo(204);
        http.logIn("chen.caller", PASSWORD);
        HttpResponse<String> dashboard = http.get("/console");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body())
                .contains("劝阻人员", "data-figure=\"tasks\">0<", "data-figure=\"warnings\">0<")
                .as("a caller reads no reports and no money")
                .contains("data-figure=\"reports\">—<", "data-figure=\"stopped\">—<", "当前角色无权查看");
        HttpResponse<String> charts = http.get("/console/dashboard/charts");
        assertThat(charts.statusCode()).isEqualTo(200);
        assertThat(charts.body()).contains("\"trend\":[]", "\"shares\":[]");
    }

    @Test
    void aSupervisorLogsInAndReadsTheDashboardInBothLanguages() {
        try (BrowserSupport browser = BrowserSupport.launch()) {
            Page page = browser.page(1280, 900, "zh-CN");
            List<String> problems = BrowserSupport.errorsOf(page);
            page.navigate(base + "/console");
            assertThat(page.url()).endsWith("/console/login");
            assertThat(page.locator("h1").textContent()).isEqualTo("登录反诈工作台");
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-login-zh");

            page.getByLabel("用户名").fill(USER);
            page.getByLabel("密码").fill("not the password at all");
            page.locator("button[type=submit].primary").click();
            assertThat(page.locator(".error").textContent()).contains("用户名或密码错误");

            ConsoleClient.logIn(page, USER, "用户名", "密码");
            assertThat(page.locator("h1").textContent()).isEqualTo("概览");
            assertThat(page.locator("header").textContent()).contains("厦门市反诈骗中心", USER, "中心负责人");
            assertThat(page.locator("[data-figure=reports]").textContent()).isEqualTo("3");
            assertThat(page.locator("[data-figure=loss]").textContent()).isEqualTo("¥58,000.00");
            assertThat(page.locator("table.data").allTextContents()).anyMatch(t -> t.contains("350206"));
            assertChartsDrawn(page);
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-dashboard-zh");

            // the period switch swaps the figures in place (htmx) and keeps the URL in step
            page.locator(".period a", new Page.LocatorOptions().setHasText("本月"))
                    .click();
            page.waitForSelector(".period a[aria-current=true]:has-text('本月')");
            assertThat(page.url()).endsWith("/console?period=month");
            assertThat(page.locator("[data-figure=reports]").textContent()).isEqualTo("3");

            page.locator(".lang a[lang=en]").click();
            page.waitForSelector("html[lang=en]");
            assertThat(page.locator("h1").textContent()).isEqualTo("Dashboard");
            assertThat(page.locator("header").textContent()).contains("Xiamen Anti-Fraud Centre", "Supervisor");
            assertChartsDrawn(page);
            browser.screenshot(page, "console-dashboard-en");
            page.navigate(base + "/console");
            assertThat(page.locator("html").getAttribute("lang"))
                    .as("remembered")
                    .isEqualTo("en");
            page.locator(".lang a[lang=zh-CN]").click();
            page.waitForSelector("html[lang=zh-CN]");
            assertThat(page.locator("h1").textContent()).isEqualTo("概览");

            page.locator("button", new Page.LocatorOptions().setHasText("退出登录")).click();
            page.waitForURL("**/console/login?logout");
            assertThat(page.locator(".notice").textContent()).contains("您已退出登录");

            Page english = browser.page(1280, 900, "en");
            english.navigate(base + "/console/login?lang=en");
            assertThat(english.locator("h1").textContent()).isEqualTo("Log in to the anti-fraud console");
            browser.screenshot(english, "console-login-en");
            assertThat(problems)
                    .as("no script error and nothing the CSP blocked")
                    .isEmpty();
        }
    }

    @Test
    void theKeyboardAloneReachesTheMainLinks() {
        try (BrowserSupport browser = BrowserSupport.launch()) {
            Page page = browser.page(1280, 900, "zh-CN");
            page.navigate(base + "/console/login");
            ConsoleClient.logIn(page, USER, "用户名", "密码");
            List<String> reached = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                page.keyboard().press("Tab");
                reached.add(
                        String.valueOf(
                                page.evaluate(
                                        "() => { const e = document.activeElement; return (e.tagName + ' ' + e.textContent).trim(); }")));
            }
            assertThat(reached.get(0)).as("the skip link comes first").contains("跳到主要内容");
            assertThat(reached)
                    .anyMatch(t -> t.startsWith("A") && t.contains("English"))
                    .anyMatch(t -> t.startsWith("BUTTON") && t.contains("退出登录"))
                    .anyMatch(t -> t.startsWith("A") && t.contains("概览"))
                    .anyMatch(t -> t.startsWith("A") && t.contains("本月"));
            // the skip link moves the focus to the main content
            page.keyboard().press("Shift+Tab");
            page.locator("a.skip").focus();
            page.keyboard().press("Enter");
            assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("main");
            // and the focus is visible: an outline on the focused link
            page.locator(".main-nav a").first().focus();
            assertThat(String.valueOf(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")))
                    .isNotEqualTo("none");
        }
    }

    @Test
    void aPhoneOf390PixelsNeedsNoSidewaysScrolling() {
        try (BrowserSupport browser = BrowserSupport.launch()) {
            for (String language : List.of("zh-CN", "en")) {
                Page page = browser.page(390, 844, language);
                page.navigate(base + "/console/login?lang=" + language);
                BrowserSupport.assertNoSidewaysScroll(page);
                String suffix = language.equals("en") ? "en" : "zh";
                browser.screenshot(page, "console-login-" + suffix + "-390");
                if (language.equals("en")) {
                    ConsoleClient.logIn(page, USER, "User name", "Password");
                } else {
                    ConsoleClient.logIn(page, USER, "用户名", "密码");
                }
                assertChartsDrawn(page);
                BrowserSupport.assertNoSidewaysScroll(page);
                browser.screenshot(page, "console-dashboard-" + suffix + "-390");
            }
        }
    }

    private static void assertChartsDrawn(Page page) {
        for (String chart : List.of("#trend-chart", "#shares-chart")) {
            Locator drawn = page.locator(chart + "[data-drawn=true] canvas");
            drawn.first().waitFor();
            assertThat(drawn.count()).as(chart).isPositive();
        }
        // the text alternative: the tables under the charts hold their figures
        assertThat(page.locator("#trend-table tbody tr").count()).isEqualTo(30);
        assertThat(page.locator("#shares-table tbody tr").count()).isEqualTo(3);
    }
}

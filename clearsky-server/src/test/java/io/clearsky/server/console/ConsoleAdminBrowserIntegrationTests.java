package io.clearsky.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import io.clearsky.server.TempDirs;
import io.clearsky.server.TestApi;
import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * The bulletins, audit trail and password pages in the machine's Chromium: a centre's supervisor publishes a bulletin
 * (a mistake first, then right), a partner delivers it to a phone and the count goes up, the supervisor withdraws it
 * through the confirmation page; the centre's auditor reads the trail, filtered by the supervisor, with the chain
 * intact; a new person logs in on a one-time password, is held on the password page until they chose their own, and
 * logs in with it. One test needs no browser and checks the pages, permissions and writes over plain HTTP.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearsky.demo.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleAdminBrowserIntegrationTests {

    private static final Path DATA = TempDirs.create();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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
    private Auth app;
    private long centre;

    @BeforeAll
    void setUp() throws IOException {
        base = "http://127.0.0.1:" + port;
        api = new TestApi(port);
        admin = api.firstAdmin(DATA);
        centre = api.agency(admin, "xiamen-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen Anti-Fraud Centre", "350200");
        xiamen = api.issueKey(admin, centre);
        app = api.issueKey(admin, api.agency(admin, "safe-app", "PARTNER", "安全手机卫士", "SafePhone", null));
        ConsoleClient.person(api, admin, centre, "lin.supervisor", "SUPERVISOR");
        ConsoleClient.person(api, admin, centre, "zhou.supervisor", "SUPERVISOR");
        ConsoleClient.person(api, admin, centre, "chen.caller", "CALLER");
        ConsoleClient.person(api, admin, centre, "he.auditor", "AUDITOR");
        ConsoleClient.person(api, admin, centre, "qian.analyst", "ANALYST");
    }

    private static String inDays(double days) {
        return LocalDateTime.now(CHINA).plusMinutes((long) (days * 24 * 60)).format(LOCAL);
    }

    private static String formToken(String html) {
        Matcher token = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("the publish form's token").isTrue();
        return token.group(1);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) ->
                form.append(form.isEmpty() ? "" : "&").append(name).append('=').append(ConsoleClient.enc(value)));
        return form.toString();
    }

    private JsonNode bulletins() {
        return api.get("/api/v1/bulletins?size=500", xiamen).json();
    }

    private JsonNode bulletinTitled(String titleZh) {
        for (JsonNode b : bulletins().get("items")) {
            if (b.get("title").get("zh").asText().equals(titleZh)) {
                return b;
            }
        }
        return null;
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElseThrow();
    }

    @Test
    @Order(1)
    void thePagesAnswerWithoutABrowser() {
        for (String path : List.of("/console/bulletins", "/console/audit", "/console/password")) {
            HttpResponse<String> anonymous = new ConsoleClient(base).get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(location(anonymous)).as(path).endsWith("/console/login");
        }

        // an auditor reads no bulletins, a caller no audit trail: no link, and the console's 403
        ConsoleClient auditor = ConsoleClient.loggedIn(base, "he.auditor");
        assertThat(auditor.get("/console").body())
                .contains("href=\"/console/audit\"", "href=\"/console/password\"")
                .doesNotContain("href=\"/console/bulletins\"");
        HttpResponse<String> refused = auditor.get("/console/bulletins");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        ConsoleClient caller = ConsoleClient.loggedIn(base, "chen.caller");
        assertThat(caller.get("/console").body())
                .contains("href=\"/console/bulletins\"")
                .doesNotContain("href=\"/console/audit\"");
        assertThat(caller.get("/console/audit").statusCode()).isEqualTo(403);
        HttpResponse<String> readOnly = caller.get("/console/bulletins");
        assertThat(readOnly.statusCode()).isEqualTo(200);
        assertThat(readOnly.body()).contains("反诈预警公告").doesNotContain("发布预警公告", "formToken");

        // a supervisor's publish form: the centre's own region filled in, the CSRF token required
        ConsoleClient supervisor = ConsoleClient.loggedIn(base, "lin.supervisor");
        HttpResponse<String> page = supervisor.get("/console/bulletins");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("发布预警公告", "name=\"regionCode\"", "value=\"350200\"", "type=\"datetime-local\"")
                .contains("冒充公检法及政府机关", "公告（0）");
        Map<String, String> good = new java.util.LinkedHashMap<>(Map.of(
                "regionCode", "350200",
                "scamType", "FAKE_INVESTMENT",
                "titleZh", "警惕虚假投资理财",
                "titleEn", "Beware of fake investments",
                "bodyZh", "所谓“高收益、零风险”的投资都是诈骗。",
                "bodyEn", "An investment with high returns and no risk is a scam.",
                "startsAt", "",
                "endsAt", inDays(7)));
        good.put("formToken", formToken(page.body()));
        assertThat(supervisor.post("/console/bulletins", form(good)).statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        assertThat(bulletins().get("total").asLong()).isZero();

        // mistakes: each beside its field, the typed input kept, nothing published
        Map<String, String> wrong = new java.util.LinkedHashMap<>(good);
        String later = inDays(3);
        wrong.put("titleEn", "");
        wrong.put("startsAt", later);
        wrong.put("endsAt", inDays(2));
        wrong.put("_csrf", ConsoleClient.csrf(page.body()));
        HttpResponse<String> refusedForm = supervisor.post("/console/bulletins", form(wrong));
        assertThat(refusedForm.statusCode()).isEqualTo(200);
        assertThat(refusedForm.body())
                .contains("id=\"titleEn-error\"", "标题须为1至100个字符", "id=\"endsAt-error\"", "结束时间须晚于开始时间")
                .contains("aria-describedby=\"endsAt-error endsAt-hint\"", "aria-invalid=\"true\"")
                .contains("value=\"警惕虚假投资理财\"", "所谓“高收益、零风险”的投资都是诈骗。", "value=\"" + later + "\"")
                .doesNotContain("Exception", "\"status\"");
        Map<String, String> badTime = new java.util.LinkedHashMap<>(good);
        badTime.put("endsAt", "next tuesday");
        badTime.put("_csrf", ConsoleClient.csrf(page.body()));
        assertThat(supervisor.post("/console/bulletins", form(badTime)).body())
                .contains("id=\"endsAt-error\"", "请输入日期和时间")
                .doesNotContain("id=\"titleZh-error\"");
        Map<String, String> notOurs = new java.util.LinkedHashMap<>(good);
        notOurs.put("regionCode", "110000");
        notOurs.put("_csrf", ConsoleClient.csrf(page.body()));
        assertThat(supervisor.post("/console/bulletins", form(notOurs)).body())
                .contains("id=\"regionCode-error\"", "本中心不管辖该地区", "value=\"110000\"");
        assertThat(bulletins().get("total").asLong()).isZero();

        // published; the same form sent again (a double click) publishes nothing more
        good.put("_csrf", ConsoleClient.csrf(page.body()));
        HttpResponse<String> published = supervisor.post("/console/bulletins", form(good));
        assertThat(published.statusCode()).isEqualTo(302);
        JsonNode bulletin = bulletinTitled("警惕虚假投资理财");
        assertThat(bulletin).isNotNull();
        long id = bulletin.get("id").asLong();
        assertThat(bulletin.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(bulletin.get("regionCode").asText()).isEqualTo("350200");
        assertThat(bulletin.get("scamType").asText()).isEqualTo("FAKE_INVESTMENT");
        assertThat(bulletin.get("publishedBy").asText()).isEqualTo("lin.supervisor");
        assertThat(supervisor.get(location(published)).body()).contains("公告 " + id + " 已发布", "警惕虚假投资理财");
        HttpResponse<String> again = supervisor.post("/console/bulletins", form(good));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(supervisor.get(location(again)).body()).contains("此表单已发布过公告 " + id + "，未重复发布");
        assertThat(bulletins().get("total").asLong()).as("published once").isEqualTo(1);

        // in English, and the filters
        String english = supervisor.get("/console/bulletins?lang=en").body();
        assertThat(english)
                .contains(
                        "Anti-fraud bulletins", "Publish the bulletin", "Beware of fake investments", "Fake investment")
                .contains("Bulletins (1)", "Delivered to phones", "Withdraw")
                .doesNotContain("警惕虚假投资理财");
        supervisor.get("/console/bulletins?lang=zh-CN");
        assertThat(supervisor.get("/console/bulletins?status=WITHDRAWN").body())
                .contains("暂无公告")
                .doesNotContain("警惕虚假投资理财");

        // a caller may not withdraw; the supervisor withdraws through the confirmation page
        assertThat(caller.post(
                                "/console/bulletins/" + id + "/withdraw",
                                "_csrf=" + ConsoleClient.enc(ConsoleClient.csrf(readOnly.body())))
                        .statusCode())
                .isEqualTo(403);
        assertThat(caller.get("/console/bulletins/" + id + "/withdraw").statusCode())
                .isEqualTo(403);
        HttpResponse<String> confirm = supervisor.get("/console/bulletins/" + id + "/withdraw");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("确定撤回公告 " + id, "确认撤回", "不撤回，返回列表");
        assertThat(api.get("/api/v1/bulletins/" + id, xiamen)
                        .json()
                        .get("status")
                        .asText())
                .as("showing the confirmation withdraws nothing")
                .isEqualTo("ACTIVE");
        HttpResponse<String> withdrawn = supervisor.post(
                "/console/bulletins/" + id + "/withdraw",
                "_csrf=" + ConsoleClient.enc(ConsoleClient.csrf(confirm.body())));
        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(supervisor.get(location(withdrawn)).body()).contains("公告 " + id + " 已撤回");
        JsonNode after = api.get("/api/v1/bulletins/" + id, xiamen).json();
        assertThat(after.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(after.get("withdrawnBy").asText()).isEqualTo("lin.supervisor");

        // the auditor's trail: the chain at the top, the records filtered by actor, in both languages
        await().atMost(Duration.ofSeconds(10))
                .until(() -> auditor.get("/console/audit?actor=lin.supervisor")
                        .body()
                        .contains("已封存为第"));
        String publishedRecord = "data-action=\"BULLETIN_PUBLISHED\"";
        String withdrawnRecord = "data-action=\"BULLETIN_WITHDRAWN\"";
        String trail = auditor.get("/console/audit?actor=lin.supervisor").body();
        assertThat(trail)
                .contains("审计日志", "data-healthy=\"true\"", "完整：已封存的")
                .contains(publishedRecord, withdrawnRecord, "bulletin:" + id, "lin.supervisor")
                .contains("<th scope=\"col\">时间</th>", "value=\"lin.supervisor\"")
                .doesNotContain("data-action=\"USER_CREATED\"");
        assertThat(trail.indexOf(withdrawnRecord)).as("newest first").isLessThan(trail.indexOf(publishedRecord));
        // the chain is checked at most once a minute while healthy, and at once when asked
        assertThat(trail).contains("检查时间：", "verify=now", "立即检查");
        assertThat(auditor.get("/console/audit?verify=now").body()).contains("data-healthy=\"true\"", "检查时间：");
        assertThat(auditor.get("/console/audit?kind=user").body())
                .contains("data-action=\"PASSWORD_CHANGED\"", "user:lin.supervisor")
                .doesNotContain(publishedRecord);
        assertThat(auditor.get("/console/audit?subject=bulletin:" + id + "&action=bulletin_withdrawn")
                        .body())
                .contains(withdrawnRecord)
                .doesNotContain(publishedRecord);
        assertThat(auditor.get("/console/audit?actor=lin.supervisor&from=" + inDays(1))
                        .body())
                .contains("没有符合条件的记录");
        HttpResponse<String> badFilter = auditor.get("/console/audit?from=yesterday&kind=nonsense");
        assertThat(badFilter.statusCode()).isEqualTo(200);
        assertThat(badFilter.body())
                .contains("id=\"from-error\"", "请输入日期和时间", "id=\"kind-error\"", "value=\"yesterday\"");
        assertThat(auditor.get("/console/audit?actor=lin.supervisor&lang=en").body())
                .contains("Audit trail", "Intact: all", "BULLETIN_WITHDRAWN", "Done, sealed as record");
        auditor.get("/console/audit?lang=zh-CN");

        // the password page: the repeat and the policy beside their fields, then changed
        ConsoleClient analyst = ConsoleClient.loggedIn(base, "qian.analyst");
        HttpResponse<String> passwordPage = analyst.get("/console/password");
        assertThat(passwordPage.statusCode()).isEqualTo(200);
        assertThat(passwordPage.body())
                .contains("修改密码", "当前密码", "再次输入新密码", "autocomplete=\"new-password\"")
                .doesNotContain("一次性密码");
        String token = "&_csrf=" + ConsoleClient.enc(ConsoleClient.csrf(passwordPage.body()));
        assertThat(analyst.post("/console/password", "currentPassword=x&newPassword=abc&repeatPassword=abc")
                        .statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        assertThat(analyst.post(
                                "/console/password",
                                "currentPassword=" + ConsoleClient.enc("not my password") + "&newPassword="
                                        + ConsoleClient.enc("a fresh and long sentence") + "&repeatPassword="
                                        + ConsoleClient.enc("a fresh and long sentence") + token)
                        .body())
                .contains("id=\"currentPassword-error\"", "当前密码不正确");
        assertThat(analyst.post(
                                "/console/password",
                                "currentPassword=" + ConsoleClient.enc(ConsoleClient.PASSWORD)
                                        + "&newPassword=short&repeatPassword=short" + token)
                        .body())
                .contains("id=\"newPassword-error\"", "密码须为12至200个字符");
        assertThat(analyst.post(
                                "/console/password",
                                "currentPassword=" + ConsoleClient.enc(ConsoleClient.PASSWORD) + "&newPassword="
                                        + ConsoleClient.enc("a fresh and long sentence") + "&repeatPassword="
                                        + ConsoleClient.enc("a fresh and long sentense") + token)
                        .body())
                .contains("id=\"repeatPassword-error\"", "两次输入的新密码不一致");
        assertThat(analyst.post(
                                "/console/password",
                                "currentPassword=" + ConsoleClient.enc(ConsoleClient.PASSWORD)
                                        + "&newPassword=passwordpassword&repeatPassword=passwordpassword" + token)
                        .body())
                .contains("常见密码");
        HttpResponse<String> changed = analyst.post(
                "/console/password",
                "currentPassword=" + ConsoleClient.enc(ConsoleClient.PASSWORD) + "&newPassword="
                        + ConsoleClient.enc("a fresh and long sentence") + "&repeatPassword="
                        + ConsoleClient.enc("a fresh and long sentence") + token);
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(location(changed)).endsWith("/console/password");
        assertThat(analyst.get(location(changed)).body()).contains("密码已修改");
        assertThat(api.get("/api/v1/me", Auth.basic("qian.analyst", "a fresh and long sentence"))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/me", Auth.basic("qian.analyst", ConsoleClient.PASSWORD))
                        .status())
                .isEqualTo(401);
        assertThat(analyst.get("/console/password?lang=en").body())
                .contains("Change your password", "New password again");
    }

    @Test
    @Order(2)
    void aSupervisorPublishesABulletinSeesItDeliveredAndWithdrawsIt() {
        try (BrowserSupport browser = BrowserSupport.launch()) {
            Page page = browser.page(1280, 900, "zh-CN");
            List<String> problems = BrowserSupport.errorsOf(page);
            page.navigate(base + "/console/login");
            ConsoleClient.logIn(page, "zhou.supervisor", "用户名", "密码");
            page.locator(".main-nav a", new Page.LocatorOptions().setHasText("预警公告"))
                    .click();
            page.waitForURL("**/console/bulletins");
            assertThat(page.locator("h1").textContent()).isEqualTo("反诈预警公告");
            assertThat(page.locator(".main-nav a[aria-current=page]").textContent())
                    .isEqualTo("预警公告");
            assertThat(page.getByLabel("行政区划代码").inputValue()).isEqualTo("350200");
            BrowserSupport.assertEveryControlIsLabelled(page);

            // a mistake first: the end before the start
            page.getByLabel("行政区划代码").fill("350206");
            page.getByLabel("诈骗类型").selectOption("BRUSHING_REBATE");
            page.getByLabel("中文标题").fill("刷单返利都是诈骗");
            page.getByLabel("英文标题").fill("Paid-to-click jobs are scams");
            page.getByLabel("中文正文").fill("先垫付、后返利的兼职，都是诈骗。");
            page.getByLabel("英文正文").fill("A job that asks you to pay first is a scam.");
            page.getByLabel("开始时间").fill(inDays(2));
            page.getByLabel("结束时间").fill(inDays(1));
            page.locator("form.admin-form button[type=submit]").click();
            page.waitForSelector("#endsAt-error");
            assertThat(page.locator("#endsAt-error").textContent()).isEqualTo("结束时间须晚于开始时间。");
            assertThat(page.getByLabel("结束时间").getAttribute("aria-describedby")).contains("endsAt-error");
            assertThat(page.getByLabel("中文标题").inputValue()).isEqualTo("刷单返利都是诈骗");
            assertThat(page.getByLabel("英文正文").inputValue()).isEqualTo("A job that asks you to pay first is a scam.");
            assertThat(page.getByLabel("诈骗类型").inputValue()).isEqualTo("BRUSHING_REBATE");
            assertThat(page.getByLabel("行政区划代码").inputValue()).isEqualTo("350206");
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-bulletins-error-zh");

            // then right: it starts now and runs a week
            page.getByLabel("开始时间").fill("");
            page.getByLabel("结束时间").fill(inDays(7));
            page.locator("form.admin-form button[type=submit]").click();
            page.waitForSelector("#confirmation");
            JsonNode bulletin = bulletinTitled("刷单返利都是诈骗");
            assertThat(bulletin).isNotNull();
            long id = bulletin.get("id").asLong();
            assertThat(page.locator("#confirmation").textContent()).isEqualTo("公告 " + id + " 已发布。");
            String card = "[data-bulletin='" + id + "']";
            assertThat(page.locator(card).textContent())
                    .contains("生效中", "350206", "刷单返利", "先垫付、后返利的兼职，都是诈骗。", "zhou.supervisor");
            assertThat(page.locator(card + " [data-count=deliveries]").textContent())
                    .isEqualTo("0");
            assertThat(page.locator(card + " [data-count=reads]").textContent()).isEqualTo("0");

            // a partner's app shows it to a phone in Huli district: delivered once, then read
            Answer delivered = api.post(
                    "/api/v1/bulletins/deliveries",
                    app,
                    Map.of("subscriber", "phone-1", "regionCode", "350206", "requestId", "r-1"));
            assertThat(delivered.status()).as(delivered.text()).isEqualTo(200);
            assertThat(delivered.text()).contains("刷单返利都是诈骗");
            Answer read = api.post("/api/v1/bulletins/" + id + "/reads", app, Map.of("subscriber", "phone-1"));
            assertThat(read.status()).as(read.text()).isEqualTo(200);
            page.reload();
            assertThat(page.locator(card + " [data-count=deliveries]").textContent())
                    .isEqualTo("1");
            assertThat(page.locator(card + " [data-count=reads]").textContent()).isEqualTo("1");
            browser.screenshot(page, "console-bulletins-zh");

            page.locator(".lang a[lang=en]").click();
            page.waitForSelector("html[lang=en]");
            assertThat(page.locator(card + " h3").textContent()).isEqualTo("Paid-to-click jobs are scams");
            assertThat(page.locator(card).textContent()).contains("Active", "Brushing / part-time-job rebate");
            browser.screenshot(page, "console-bulletins-en");
            page.locator(".lang a[lang=zh-CN]").click();
            page.waitForSelector("html[lang=zh-CN]");

            // withdrawing takes a confirmation page; "keep it" withdraws nothing
            page.locator(card + " a.button-link").click();
            page.waitForURL("**/console/bulletins/" + id + "/withdraw");
            assertThat(page.locator("h1").textContent()).isEqualTo("确定撤回公告 " + id + "？");
            browser.screenshot(page, "console-bulletins-withdraw-zh");
            page.getByText("不撤回，返回列表").click();
            page.waitForURL("**/console/bulletins");
            assertThat(page.locator(card + " .state").textContent()).isEqualTo("生效中");
            page.locator(card + " a.button-link").click();
            page.waitForURL("**/console/bulletins/" + id + "/withdraw");
            page.locator("button", new Page.LocatorOptions().setHasText("确认撤回")).click();
            page.waitForSelector("#confirmation");
            assertThat(page.locator("#confirmation").textContent()).contains("公告 " + id + " 已撤回");
            assertThat(page.locator(card + " .state").textContent()).isEqualTo("已撤回");
            assertThat(page.locator(card + " a.button-link").count()).isZero();
            assertThat(api.get("/api/v1/bulletins/" + id, xiamen)
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("WITHDRAWN");
            page.locator(".period a", new Page.LocatorOptions().setHasText("已撤回"))
                    .click();
            page.waitForURL("**status=WITHDRAWN");
            assertThat(page.locator(card).count()).isEqualTo(1);
            browser.screenshot(page, "console-bulletins-withdrawn-zh");
            assertThat(problems)
                    .as("no script error and nothing the CSP blocked")
                    .isEmpty();
        }
    }

    @Test
    @Order(3)
    void anAuditorFiltersTheTrailByActorAndSeesTheChainIntact() {
        try (BrowserSupport browser = BrowserSupport.launch()) {
            Page page = browser.page(1280, 900, "zh-CN");
            List<String> problems = BrowserSupport.errorsOf(page);
            page.navigate(base + "/console/login");
            ConsoleClient.logIn(page, "he.auditor", "用户名", "密码");
            assertThat(page.locator(".main-nav a", new Page.LocatorOptions().setHasText("预警公告"))
                            .count())
                    .isZero();
            page.locator(".main-nav a", new Page.LocatorOptions().setHasText("审计日志"))
                    .click();
            page.waitForURL("**/console/audit");
            assertThat(page.locator("h1").textContent()).isEqualTo("审计日志");
            assertThat(page.locator("#chain").getAttribute("data-healthy")).isEqualTo("true");
            assertThat(page.locator("#chain").textContent()).contains("完整");
            BrowserSupport.assertEveryControlIsLabelled(page);

            page.getByLabel("操作者").fill("zhou.supervisor");
            page.locator("form.filters button[type=submit]").click();
            page.waitForURL("**actor=zhou.supervisor**");
            List<String> actions = page.locator("table.records tbody tr").all().stream()
                    .map(row -> row.getAttribute("data-action"))
                    .toList();
            assertThat(actions).contains("BULLETIN_PUBLISHED", "BULLETIN_WITHDRAWN", "PASSWORD_CHANGED");
            assertThat(page.locator("table.records tbody th").allTextContents()).containsOnly("zhou.supervisor");
            assertThat(page.locator("table.records tbody tr").first().textContent())
                    .contains("BULLETIN_WITHDRAWN", "bulletin:", "delivery marker(s) deleted");
            assertThat(page.getByLabel("操作者").inputValue()).isEqualTo("zhou.supervisor");
            browser.screenshot(page, "console-audit-zh");

            page.locator(".lang a[lang=en]").click();
            page.waitForSelector("html[lang=en]");
            assertThat(page.locator("h1").textContent()).isEqualTo("Audit trail");
            assertThat(page.locator("#chain").textContent()).contains("Intact");
            assertThat(page.locator("table.records").textContent()).contains("BULLETIN_PUBLISHED");
            browser.screenshot(page, "console-audit-en");
            assertThat(problems)
                    .as("no script error and nothing the CSP blocked")
                    .isEmpty();
        }
    }

    @Test
    @Order(4)
    void aNewPersonChoosesTheirOwnPasswordBeforeAnythingElse() {
        Answer created = api.post(
                "/api/v1/users", admin, Map.of("username", "sun.caller", "role", "CALLER", "agencyId", centre));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String oneTime = created.json().get("oneTimePassword").asText();
        String chosen = "my own long passphrase";
        try (BrowserSupport browser = BrowserSupport.launch()) {
            Page page = browser.page(1280, 900, "zh-CN");
            List<String> problems = BrowserSupport.errorsOf(page);
            page.navigate(base + "/console/login");
            page.getByLabel("用户名").fill("sun.caller");
            page.getByLabel("密码").fill(oneTime);
            page.locator("button[type=submit].primary").click();
            page.waitForURL("**/console/password");
            assertThat(page.locator("h1").textContent()).isEqualTo("修改密码");
            assertThat(page.locator("#one-time").textContent()).contains("一次性密码", "请先设置您自己的密码");
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-password-one-time-zh");

            // any other page sends the person back here
            page.navigate(base + "/console/dissuasion");
            page.waitForURL("**/console/password");

            page.getByLabel("当前密码").fill(oneTime);
            page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("too short");
            page.getByLabel("再次输入新密码").fill("too short");
            page.locator("form.admin-form button[type=submit]").click();
            page.waitForSelector("#newPassword-error");
            assertThat(page.locator("#newPassword-error").textContent()).contains("12至200个字符");
            assertThat(page.locator("#newPassword").getAttribute("aria-describedby"))
                    .contains("newPassword-error");
            browser.screenshot(page, "console-password-error-zh");

            page.getByLabel("当前密码").fill(oneTime);
            page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill(chosen);
            page.getByLabel("再次输入新密码").fill(chosen);
            page.locator("form.admin-form button[type=submit]").click();
            page.waitForURL(url -> url.endsWith("/console"));
            assertThat(page.locator("h1").textContent()).isEqualTo("概览");
            page.locator(".main-nav a", new Page.LocatorOptions().setHasText("劝阻"))
                    .click();
            page.waitForURL("**/console/dissuasion");
            assertThat(page.locator("h1").textContent()).isEqualTo("劝阻任务队列");

            page.locator("button", new Page.LocatorOptions().setHasText("退出登录")).click();
            page.waitForURL("**/console/login?logout");
            page.getByLabel("用户名").fill("sun.caller");
            page.getByLabel("密码").fill(chosen);
            page.locator("button[type=submit].primary").click();
            page.waitForURL(url -> url.endsWith("/console"));
            assertThat(page.locator("h1").textContent()).isEqualTo("概览");
            page.navigate(base + "/console/password");
            assertThat(page.locator("#one-time").count()).isZero();
            browser.screenshot(page, "console-password-zh");
            assertThat(problems)
                    .as("no script error and nothing the CSP blocked")
                    .isEmpty();
        }
        assertThat(api.get("/api/v1/me", Auth.basic("sun.caller", chosen)).status())
                .isEqualTo(200);
    }

    @Test
    @Order(5)
    void aPhoneOf390PixelsNeverScrollsSideways() {
        try (BrowserSupport browser = BrowserSupport.launch()) {
            for (String language : List.of("zh-CN", "en")) {
                boolean en = language.equals("en");
                String suffix = (en ? "en" : "zh") + "-390";
                Page page = browser.page(390, 844, language);
                List<String> problems = BrowserSupport.errorsOf(page);
                page.navigate(base + "/console/login?lang=" + language);
                ConsoleClient.logIn(page, "lin.supervisor", en ? "User name" : "用户名", en ? "Password" : "密码");
                page.navigate(base + "/console/bulletins?status=WITHDRAWN");
                assertThat(page.locator("ol.tasks .bulletin").count()).isPositive();
                BrowserSupport.assertNoSidewaysScroll(page);
                browser.screenshot(page, "console-bulletins-" + suffix);
                page.navigate(base + "/console/password");
                BrowserSupport.assertNoSidewaysScroll(page);
                browser.screenshot(page, "console-password-" + suffix);

                Page auditor = browser.page(390, 844, language);
                auditor.navigate(base + "/console/login?lang=" + language);
                ConsoleClient.logIn(auditor, "he.auditor", en ? "User name" : "用户名", en ? "Password" : "密码");
                auditor.navigate(base + "/console/audit");
                assertThat(auditor.locator("table.records tbody tr").count()).isPositive();
                BrowserSupport.assertNoSidewaysScroll(auditor);
                BrowserSupport.assertEveryControlIsLabelled(auditor);
                browser.screenshot(auditor, "console-audit-" + suffix);
                // the keyboard reaches the filters and the table's scrolling box
                auditor.keyboard().press("Tab");
                for (int i = 0; i < 40 && !"actor".equals(auditor.evaluate("() => document.activeElement.id")); i++) {
                    auditor.keyboard().press("Tab");
                }
                assertThat(auditor.evaluate("() => document.activeElement.id")).isEqualTo("actor");
                assertThat(problems).as(language).isEmpty();
            }
        }
    }
}

package io.clearsky.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.clearsky.server.TempDirs;
import io.clearsky.server.TestApi;
import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * The follow-the-money pages (资金追查) in the machine's Chromium: a victim's bank pays a payment platform's account
 * (1st level), which splits to a bank card and another account (2nd level), which pass the money on to three
 * 3rd-level accounts. The centre's analyst traces the victim's transfer, sees the layered graph drawn and its table,
 * issues a freeze from the freeze plan and finds it on the orders board with its deadline counting down. One test
 * needs no browser and checks the pages over plain HTTP: a caller's missing link and 403s, the CSRF token, both
 * languages, bad input shown again with what was typed, a double submit issuing one order, and a release.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearsky.demo.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleMoneyBrowserIntegrationTests {

    private static final Path DATA = TempDirs.create();
    private static final String VICTIM_CARD = "6222020000000099";
    /** The time left on a board, whatever minute the test runs in: "还剩 179 天 23 小时", "还剩 2 天 23 小时". */
    private static final Pattern LEFT_DAYS = Pattern.compile("还剩 \\d+ 天 \\d+ 小时");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    private String base;
    private TestApi api;
    private Auth xiamen;
    private Auth payplat;
    private long caseId;

    @BeforeAll
    void setUp() throws IOException {
        base = "http://127.0.0.1:" + port;
        api = new TestApi(port);
        Auth admin = api.firstAdmin(DATA);
        long centre =
                api.agency(admin, "xiamen-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen Anti-Fraud Centre", "350200");
        xiamen = api.issueKey(admin, centre);
        payplat = api.issueKey(admin, api.agency(admin, "payplat", "PARTNER", "某支付平台", "A payment platform", null));
        Auth bank = api.issueKey(admin, api.agency(admin, "abc-bank", "PARTNER", "某银行", "ABC Bank", null));
        ConsoleClient.person(api, admin, centre, "lin.analyst", "ANALYST");
        ConsoleClient.person(api, admin, centre, "zhao.supervisor", "SUPERVISOR");
        ConsoleClient.person(api, admin, centre, "chen.caller", "CALLER");

        // victim → 1st level at the platform → a bank card and a platform account (2nd) → three 3rd-level accounts
        send(bank, List.of(transfer("S-VICTIM-1", 0, VICTIM_CARD, "abc-bank", "PP-A1", "payplat", "120000.00")));
        send(
                payplat,
                List.of(
                        transfer("P-1", 5, "PP-A1", null, "6222020000000201", "abc-bank", "70000.00"),
                        transfer("P-2", 6, "PP-A1", null, "PP-B2", "payplat", "50000.00")));
        send(
                bank,
                List.of(
                        transfer("S-2", 20, "6222020000000201", "abc-bank", "PP-C1", "payplat", "40000.00"),
                        transfer(
                                "S-3",
                                21,
                                "6222020000000201",
                                "abc-bank",
                                "6222020000000301",
                                "abc-bank",
                                "30000.00")));
        send(payplat, List.of(transfer("P-3", 25, "PP-B2", null, "PP-C2", "payplat", "50000.00")));
        caseId = caseFor("+8617099990001");

        // two assistance requests to the platform: one due in three days, one due in a moment (overdue soon)
        ask(null);
        ask(Instant.now().plusSeconds(2).atOffset(ZoneOffset.ofHours(8)).toString());
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

    private void send(Auth partner, List<Map<String, Object>> transfers) {
        Answer sent = api.post("/api/v1/funds/transfers", partner, Map.of("transfers", transfers));
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
    }

    private long caseFor(String fraudNumber) {
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
        return opened.json().get("id").asLong();
    }

    private void ask(String deadline) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("partner", "payplat");
        form.put("subjectKind", "ACCOUNT");
        form.put("subject", "PP-A1");
        form.put("asks", List.of("HOLDER", "BOUND_PHONES"));
        if (deadline != null) {
            form.put("deadline", deadline);
        }
        Answer asked = api.post(
                "/api/v1/funds/assistance",
                xiamen,
                form,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(asked.status()).as(asked.text()).isEqualTo(201);
    }

    /** The orders of the centre on an account, as the REST API lists them. */
    private List<JsonNode> ordersOn(String account) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode o :
                api.get("/api/v1/funds/orders?size=200", xiamen).json().get("items")) {
            if (o.get("account").get("account").asText().equals(account)) {
                found.add(o);
            }
        }
        return found;
    }

    private static String attribute(String html, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    /**
     * The order form of one entry of the freeze plan as the browser would send it, with these values typed, but
     * without its CSRF token.
     */
    private static String planForm(String html, String account, String kind, String document, String caseNumber) {
        int entry = html.indexOf("data-account=\"" + account + "\"");
        assertThat(entry).as("the freeze plan names " + account).isPositive();
        String form = html.substring(entry, html.indexOf("</form>", entry));
        StringBuilder body = new StringBuilder();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
                .matcher(form);
        while (hidden.find()) {
            if (hidden.group(1).equals("_csrf")) {
                continue; // the caller adds the token, or leaves it out
            }
            body.append(hidden.group(1))
                    .append('=')
                    .append(ConsoleClient.enc(hidden.group(2).replace("&amp;", "&")))
                    .append('&');
        }
        Matcher amount = Pattern.compile("name=\"amount\" inputmode=\"decimal\" value=\"([^\"]*)\"")
                .matcher(form);
        assertThat(amount.find()).as("the amount offered").isTrue();
        return body + "kind=" + kind + "&legalDocument=" + ConsoleClient.enc(document) + "&amount=" + amount.group(1)
                + "&caseId=" + caseNumber + "&followsOrderId=";
    }

    @Test
    @Order(1)
    void thePagesAnswerWithoutABrowser() {
        assertThat(new ConsoleClient(base).get("/console/money").statusCode())
                .as("anonymous")
                .isEqualTo(302);

        // a caller has neither TRACE nor ORDERS_READ: no link, and the console's 403 on every page
        ConsoleClient caller = ConsoleClient.loggedIn(base, "chen.caller");
        assertThat(caller.get("/console").body()).doesNotContain("/console/money");
        for (String path : List.of(
                "/console/money",
                "/console/money?partner=abc-bank&transferId=S-VICTIM-1",
                "/console/money/trace/graph?partner=abc-bank&transferId=S-VICTIM-1",
                "/console/money/orders",
                "/console/money/assistance")) {
            HttpResponse<String> refused = caller.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
        HttpResponse<String> notIssued = caller.submit(
                "/console",
                "/console/money/orders",
                "account=PP-C1&institution=payplat&kind=STOP_PAYMENT&legalDocument=x&amount=1.00");
        assertThat(notIssued.statusCode()).isEqualTo(403);

        ConsoleClient analyst = ConsoleClient.loggedIn(base, "lin.analyst");
        assertThat(analyst.get("/console").body()).contains("href=\"/console/money\"", ">资金追查<");
        HttpResponse<String> empty = analyst.get("/console/money");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body())
                .contains("从受害人的转账开始追查", "报送转账的合作方", "开始追查", "abc-bank")
                .doesNotContain("冻结方案", "<script>");

        // bad input: the form again, what was typed kept, the message beside the field
        String unknown = analyst.get("/console/money?partner=abc-bank&transferId=NO-SUCH")
                .body();
        assertThat(unknown)
                .contains("value=\"NO-SUCH\"", "id=\"transferId-error\"", "该合作方的转账“NO-SUCH”不在记录中")
                .contains("aria-describedby=\"transferId-error\"")
                .doesNotContain("冻结方案");
        assertThat(analyst.get("/console/money?partner=nobank&transferId=S-VICTIM-1")
                        .body())
                .contains("没有代码为“nobank”的合作方", "value=\"nobank\"", "value=\"S-VICTIM-1\"");
        assertThat(analyst.get("/console/money?partner=abc-bank&transferId=S-VICTIM-1&maxDepth=zero")
                        .body())
                .contains("请填写 1 至 10 的整数", "value=\"zero\"");

        // the trace: levels, amounts, the victim's card masked, the freeze plan with a form per account
        HttpResponse<String> traced = analyst.get("/console/money?partner=abc-bank&transferId=S-VICTIM-1");
        String page = traced.body();
        assertThat(page)
                .contains("资金去向", "¥120,000.00", "受害人账户", "一级账户", "二级账户", "三级账户")
                .contains("622202******0099", "PP-A1", "PP-B2", "6222020000000201", "PP-C1", "PP-C2")
                .contains("冻结方案", "应止付或冻结：¥50,000.00", "应止付或冻结：¥40,000.00", "应止付或冻结：¥30,000.00")
                .contains("紧急止付", "下达指令", "name=\"idempotencyKey\"", "/console/money.js")
                .doesNotContain(VICTIM_CARD);
        assertThat(page.split("class=\"order-form\"", -1)).hasSize(4);
        assertThat(page.split("<tr data-level=\"3\"", -1))
                .as("three 3rd-level rows")
                .hasSize(4);
        assertThat(analyst.get("/console/money?partner=abc-bank&transferId=S-VICTIM-1&lang=en")
                        .body())
                .contains("Where the money went", "1st-level account", "3rd-level account")
                .contains("Freeze plan", "Emergency stop-payment", "Issue the order", "¥120,000.00");
        analyst.get("/console/money?lang=zh-CN");

        // the graph's JSON: four levels, the victim's card masked, the amounts on the edges
        JsonNode graph = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(analyst.get(attribute(page, "data-graph")).body());
        assertThat(graph.get("levels")).hasSize(4);
        assertThat(graph.get("levels").get(1).asText()).isEqualTo("一级账户");
        assertThat(graph.get("nodes")).hasSize(7);
        assertThat(graph.toString())
                .contains("abc-bank/622202******0099", "¥70,000.00")
                .doesNotContain(VICTIM_CARD);
        assertThat(graph.get("edges")).hasSize(6);

        // issuing needs the CSRF token; a freeze without a case is refused beside the field, the input kept
        String freeze = planForm(page, "PP-C2", "FREEZE", "厦公（反诈）冻结字〔2026〕7号", "");
        assertThat(analyst.post("/console/money/orders", freeze).statusCode()).isEqualTo(403);
        String token = "&_csrf=" + ConsoleClient.enc(ConsoleClient.csrf(page));
        HttpResponse<String> noCase = analyst.post("/console/money/orders", freeze + token);
        assertThat(noCase.statusCode()).isEqualTo(200);
        assertThat(noCase.body())
                .contains("冻结须关联案件，请填写案件编号", "value=\"厦公（反诈）冻结字〔2026〕7号\"", "aria-invalid=\"true\"")
                .contains("资金去向");
        assertThat(ordersOn("PP-C2")).isEmpty();

        // with the case: issued; the same form sent twice issues one order
        String withCase = planForm(page, "PP-C2", "FREEZE", "厦公（反诈）冻结字〔2026〕7号", String.valueOf(caseId)) + token;
        HttpResponse<String> issued = analyst.post("/console/money/orders", withCase);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(302);
        String location = issued.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/console/money/orders/");
        assertThat(analyst.get(location).body()).contains("已下达指令 DJ", "冻结", "¥50,000.00", "处理记录", "下达");
        HttpResponse<String> again = analyst.post("/console/money/orders", withCase);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).isEqualTo(location);
        assertThat(analyst.get(location).body()).contains("重复提交未再次下达");
        List<JsonNode> frozen = ordersOn("PP-C2");
        assertThat(frozen).as("one order, whatever the resends").hasSize(1);
        assertThat(frozen.get(0).get("kind").asText()).isEqualTo("FREEZE");
        assertThat(frozen.get(0).get("amount").get("amount").asText()).isEqualTo("50000.00");
        assertThat(frozen.get(0).get("caseId").asLong()).isEqualTo(caseId);
        String orderNo = frozen.get(0).get("orderNo").asText();
        // the trace again: the plan entry of the account names the live order on it
        String retraced = analyst.get("/console/money?partner=abc-bank&transferId=S-VICTIM-1")
                .body();
        String entry = retraced.substring(retraced.indexOf("data-account=\"PP-C2\""));
        assertThat(entry.substring(0, entry.indexOf("</li>", entry.indexOf("</ul>"))))
                .contains("该账户已有有效指令", orderNo, "冻结 · 已下达 · ¥50,000.00");
        assertThat(retraced.substring(retraced.indexOf("data-account=\"PP-C1\"")))
                .as("none yet on PP-C1")
                .doesNotContain("该账户已有有效指令");

        // the orders board: the order with its time left, filtered by status, in both languages
        String board = analyst.get("/console/money/orders").body();
        assertThat(board).contains(orderNo, "已下达", "PP-C2", "¥50,000.00", "data-countdown-left=\"还剩 {0}\"");
        assertThat(LEFT_DAYS.matcher(board).find()).as("the time left, as text").isTrue();
        // one page holds them all: no pager; a page past the end is empty, not an error
        assertThat(board).doesNotContain("class=\"pager\"");
        assertThat(analyst.get("/console/money/orders?page=3").body())
                .doesNotContain(orderNo)
                .contains("暂无指令");
        assertThat(analyst.get("/console/money/orders?status=EXECUTED").body())
                .doesNotContain(orderNo)
                .contains("暂无指令");
        assertThat(analyst.get("/console/money/orders?lang=en").body())
                .containsPattern("\\d+ d \\d+ h left")
                .contains("Stop-payment and freeze orders", "Issued");
        analyst.get("/console/money?lang=zh-CN");

        // the assistance board: both requests, the one past its deadline marked in words
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            // the countdown's clock is read after the funds module's: wait until both say it is past
            String shown = analyst.get("/console/money/assistance").body();
            return shown.contains("已超期") && shown.contains("class=\"overdue\"");
        });
        String requests = analyst.get("/console/money/assistance").body();
        assertThat(requests).contains("协查请求（2）", "某支付平台", "PP-A1", "开户人、绑定手机号", "class=\"overdue\"");
        assertThat(LEFT_DAYS.matcher(requests).find()).isTrue();
        assertThat(analyst.get("/console/money/assistance?status=ANSWERED").body())
                .contains("暂无协查请求");

        // the platform executes the freeze; the centre extends it from its page (no day, no document: the messages)
        long frozenId = frozen.get(0).get("id").asLong();
        Answer executed =
                api.post("/api/v1/funds/orders/" + frozenId + "/acknowledge", payplat, Map.of("executed", "50000.00"));
        assertThat(executed.status()).as(executed.text()).isEqualTo(200);
        String frozenPage = "/console/money/orders/" + frozenId;
        assertThat(analyst.get(frozenPage).body()).contains("已执行", "延长冻结", "解除指令", "合作方已执行");
        HttpResponse<String> noDay = analyst.submit(frozenPage, frozenPage + "/extend", "until=&legalDocument=");
        assertThat(noDay.statusCode()).isEqualTo(200);
        assertThat(noDay.body()).contains("请选择冻结的新截止日", "请填写法律文书编号", "id=\"until-error\"");
        String before = api.get("/api/v1/funds/orders/" + frozenId, xiamen)
                .json()
                .get("expiresAt")
                .asText();
        String day =
                java.time.LocalDate.now(ZoneOffset.ofHours(8)).plusDays(365).toString();
        HttpResponse<String> extended = analyst.submit(
                frozenPage,
                frozenPage + "/extend",
                "until=" + day + "&legalDocument=" + ConsoleClient.enc("厦公（反诈）续冻字〔2026〕3号"));
        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(302);
        assertThat(analyst.get(frozenPage).body()).contains("冻结已延长", "延长", "续冻字");
        assertThat(Instant.parse(api.get("/api/v1/funds/orders/" + frozenId, xiamen)
                        .json()
                        .get("expiresAt")
                        .asText()))
                .isAfter(Instant.parse(before))
                .isEqualTo(java.time.LocalDate.parse(day)
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.ofHours(8))
                        .minusSeconds(1)
                        .toInstant());

        // a stop-payment issued over the API is released from its page, with a reason (none: the message)
        Answer stop = api.post(
                "/api/v1/funds/orders",
                xiamen,
                Map.of(
                        "kind", "STOP_PAYMENT",
                        "legalDocument", "厦公（反诈）止付字〔2026〕8号",
                        "account", "PP-C1",
                        "institution", "payplat",
                        "amount", "40000.00"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(stop.status()).as(stop.text()).isEqualTo(201);
        long stopId = stop.json().get("id").asLong();
        String orderPage = "/console/money/orders/" + stopId;
        assertThat(analyst.get(orderPage).body()).contains("撤回指令", "紧急止付").containsPattern("还剩 4[78] 小时");
        HttpResponse<String> noReason = analyst.submit(orderPage, orderPage + "/release", "reason=");
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("请说明原因", "id=\"reason-error\"");
        HttpResponse<String> released =
                analyst.submit(orderPage, orderPage + "/release", "reason=" + ConsoleClient.enc("账户核实为正常商户"));
        assertThat(released.statusCode()).isEqualTo(302);
        assertThat(analyst.get(orderPage).body()).contains("指令已解除", "已解除", "账户核实为正常商户");
        assertThat(api.get("/api/v1/funds/orders/" + stopId, xiamen)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("RELEASED");
    }

    @Test
    @Order(2)
    void anAnalystTracesTheMoneyAndFreezesAThirdLevelAccount() {
        try (BrowserSupport browser = BrowserSupport.launch()) {
            Page page = browser.page(1280, 900, "zh-CN");
            List<String> problems = BrowserSupport.errorsOf(page);
            page.navigate(base + "/console/login");
            ConsoleClient.logIn(page, "zhao.supervisor", "用户名", "密码");
            page.locator(".main-nav a", new Page.LocatorOptions().setHasText("资金追查"))
                    .click();
            page.waitForURL("**/console/money");
            assertThat(page.locator("h1").textContent()).isEqualTo("资金追查");
            assertThat(page.locator(".main-nav a[aria-current=page]").textContent())
                    .isEqualTo("资金追查");
            BrowserSupport.assertEveryControlIsLabelled(page);

            page.getByLabel("报送转账的合作方").fill("abc-bank");
            page.getByLabel("转账流水号（该合作方的）").fill("S-VICTIM-1");
            page.locator("form.trace-form button[type=submit]").click();
            page.waitForSelector("#trace-graph[data-drawn=true] canvas");
            assertThat(page.locator("#trace-graph canvas").count()).isPositive();
            assertThat(page.locator("[data-traced]").textContent()).isEqualTo("¥120,000.00");
            assertThat(page.locator("#trace-table tbody tr").count()).isEqualTo(7);
            assertThat(page.locator("#trace-table tr[data-level='0']").textContent())
                    .contains("受害人账户", "622202******0099", "¥120,000.00");
            assertThat(page.locator("#trace-table tr[data-level='3']").allTextContents())
                    .anyMatch(row -> row.contains("6222020000000301") && row.contains("¥30,000.00"));
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-money-trace-zh");

            // a freeze on the 3rd-level bank card, from its entry in the plan
            Locator entry = page.locator("li[data-account='6222020000000301']");
            entry.getByLabel("冻结", new Locator.GetByLabelOptions().setExact(true))
                    .check();
            entry.getByLabel("法律文书").fill("厦公（反诈）冻结字〔2026〕9号");
            entry.getByLabel("案件编号").fill(String.valueOf(caseId));
            entry.locator("button[type=submit]").click();
            page.waitForURL("**/console/money/orders/*");
            assertThat(page.locator("#confirmation").textContent()).contains("已下达指令 DJ");
            assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("confirmation");
            assertThat(page.locator(".facts").textContent()).contains("6222020000000301", "¥30,000.00");
            browser.screenshot(page, "console-money-order-zh");
            List<JsonNode> frozen = ordersOn("6222020000000301");
            assertThat(frozen).hasSize(1);
            assertThat(frozen.get(0).get("kind").asText()).isEqualTo("FREEZE");

            // on the board, with its countdown
            page.locator(".money-tabs a", new Page.LocatorOptions().setHasText("止付冻结指令"))
                    .click();
            page.waitForURL("**/console/money/orders");
            Locator row =
                    page.locator("tr[data-order='" + frozen.get(0).get("id").asLong() + "']");
            assertThat(row.textContent()).contains(frozen.get(0).get("orderNo").asText(), "冻结", "已下达");
            assertThat(LEFT_DAYS
                            .matcher(row.locator(".countdown").textContent())
                            .matches())
                    .as(row.locator(".countdown").textContent())
                    .isTrue();
            browser.screenshot(page, "console-money-orders-zh");
            page.locator(".money-tabs a", new Page.LocatorOptions().setHasText("协查请求"))
                    .click();
            page.waitForURL("**/console/money/assistance");
            assertThat(page.locator("tr.overdue .countdown").first().textContent())
                    .startsWith("已超期");
            browser.screenshot(page, "console-money-assistance-zh");

            // English
            page.navigate(base + "/console/money?partner=abc-bank&transferId=S-VICTIM-1&lang=en");
            page.waitForSelector("#trace-graph[data-drawn=true] canvas");
            assertThat(page.locator("h1").textContent()).isEqualTo("Follow the money");
            browser.screenshot(page, "console-money-trace-en");
            page.navigate(base + "/console/money/orders");
            assertThat(page.locator(".countdown").first().textContent()).containsPattern("\\d+ d \\d+ h left");
            browser.screenshot(page, "console-money-orders-en");
            page.navigate(base + "/console/money?lang=zh-CN");
            assertThat(problems)
                    .as("no script error and nothing the CSP blocked")
                    .isEmpty();
        }
    }

    @Test
    @Order(3)
    void aPhoneOf390PixelsNeverScrollsSideways() {
        try (BrowserSupport browser = BrowserSupport.launch()) {
            // the keyboard alone: into the trace form, type, and Enter runs the trace
            Page keys = browser.page(1280, 900, "zh-CN");
            keys.navigate(base + "/console/login");
            ConsoleClient.logIn(keys, "lin.analyst", "用户名", "密码");
            keys.navigate(base + "/console/money");
            boolean reached = false;
            for (int i = 0; i < 25 && !reached; i++) {
                keys.keyboard().press("Tab");
                reached = "partner".equals(keys.evaluate("() => document.activeElement.id"));
            }
            assertThat(reached).as("Tab reaches the partner field").isTrue();
            keys.keyboard().type("abc-bank");
            keys.keyboard().press("Tab");
            assertThat(keys.evaluate("() => document.activeElement.id")).isEqualTo("transferId");
            keys.keyboard().type("S-VICTIM-1");
            keys.keyboard().press("Enter");
            keys.waitForSelector("#trace-graph[data-drawn=true] canvas");
            assertThat(keys.locator("#trace-table tbody tr").count()).isEqualTo(7);

            for (String language : List.of("zh-CN", "en")) {
                boolean en = language.equals("en");
                String suffix = (en ? "en" : "zh") + "-390";
                Page page = browser.page(390, 844, language);
                List<String> problems = BrowserSupport.errorsOf(page);
                page.navigate(base + "/console/login?lang=" + language);
                ConsoleClient.logIn(page, "lin.analyst", en ? "User name" : "用户名", en ? "Password" : "密码");
                page.navigate(base + "/console/money?partner=abc-bank&transferId=S-VICTIM-1");
                page.waitForSelector("#trace-graph[data-drawn=true] canvas");
                BrowserSupport.assertNoSidewaysScroll(page);
                browser.screenshot(page, "console-money-trace-" + suffix);
                page.navigate(base + "/console/money/orders");
                BrowserSupport.assertNoSidewaysScroll(page);
                browser.screenshot(page, "console-money-orders-" + suffix);
                page.navigate(base + "/console/money/assistance");
                BrowserSupport.assertNoSidewaysScroll(page);
                browser.screenshot(page, "console-money-assistance-" + suffix);
                page.navigate(base + "/console/money/orders");
                page.locator("#orders-table a").first().click();
                page.waitForURL("**/console/money/orders/*");
                BrowserSupport.assertNoSidewaysScroll(page);
                BrowserSupport.assertEveryControlIsLabelled(page);
                browser.screenshot(page, "console-money-order-" + suffix);
                assertThat(problems).isEmpty();
            }
        }
    }
}

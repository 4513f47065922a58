package io.clearsky.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.clearsky.server.TempDirs;
import io.clearsky.server.TestApi;
import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The reports, clusters and cases pages in the machine's Chromium. A partner files two groups of four reports; in each,
 * two pairs of victims share a fraud number or a bank card, and one victim of each pair also quotes a courier's
 * hotline, which links the pairs into one cluster of four. Xiamen's analyst filters the reports, opens a cluster as a
 * graph, splits it on the hotline and sees it split, opens a case on what is left, adds a note, moves the case on and
 * refers it to Fuzhou, whose analyst accepts it. One test needs no browser: the pages over plain HTTP in both
 * languages, the refusals (an auditor has no link and gets 403s), the CSRF token, bad input kept beside its message,
 * and every write checked through the REST API.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearsky.demo.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleCasesBrowserIntegrationTests {

    private static final Path DATA = TempDirs.create();
    private static final String VICTIMS_NUMBER = "13912345678";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    private String base;
    private TestApi api;
    private Auth xiamen;
    private Auth partner;
    private long fuzhouId;
    /** The cluster the browser works on (fake customer service, 350206) and the one the HTTP test works on. */
    private List<Long> browserGroup;

    private List<Long> httpGroup;
    private List<String> browserReceipts;
    private List<String> httpReceipts;

    @BeforeAll
    void setUp() throws IOException {
        base = "http://127.0.0.1:" + port;
        api = new TestApi(port);
        Auth admin = api.firstAdmin(DATA);
        long xiamenId =
                api.agency(admin, "xiamen-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen Anti-Fraud Centre", "350200");
        fuzhouId = api.agency(admin, "fuzhou-afc", "POLICE_CENTRE", "福州市反诈骗中心", "Fuzhou Anti-Fraud Centre", "350100");
        xiamen = api.issueKey(admin, xiamenId);
        partner = api.issueKey(admin, api.agency(admin, "safe-app", "PARTNER", "安全手机卫士", "SafePhone", null));
        ConsoleClient.person(api, admin, xiamenId, "lin.analyst", "ANALYST");
        ConsoleClient.person(api, admin, xiamenId, "he.auditor", "AUDITOR");
        ConsoleClient.person(api, admin, xiamenId, "wu.caller", "CALLER");
        ConsoleClient.person(api, admin, fuzhouId, "zhou.analyst", "ANALYST");

        browserGroup = fileGroup(partner, "FAKE_CUSTOMER_SERVICE", "350206", "+8617011110001", "6222021111000019", "1");
        httpGroup = fileGroup(partner, "BRUSHING_REBATE", "350203", "+8617022220002", "6222022222000021", "2");
        browserReceipts = receipts(browserGroup);
        httpReceipts = receipts(httpGroup);
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> clusterSize(browserGroup.get(0)) == 4 && clusterSize(httpGroup.get(0)) == 4);
    }

    /**
     * Four reports: the first two share a fraud number, the last two a bank card, and the first and third both quote
     * the courier's hotline {@code 400-800-000<n>}: one cluster of four, two once the hotline is excluded.
     */
    private List<Long> fileGroup(Auth partner, String type, String region, String number, String card, String n) {
        String hotline = "400-800-000" + n;
        List<Map<String, Object>> reports = List.of(
                report(type, region, "1200", "PHONE_NUMBER", number, "PHONE_NUMBER", hotline),
                report(type, region, "1500", "PHONE_NUMBER", number),
                report(type, region, "800", "BANK_CARD", card, "PHONE_NUMBER", hotline),
                report(type, region, "900", "BANK_CARD", card));
        Answer filed = api.post("/api/v1/reports/batch", partner, Map.of("reports", reports));
        assertThat(filed.status()).as(filed.text()).isEqualTo(200);
        assertThat(filed.json().get("filed").asInt()).as(filed.text()).isEqualTo(4);
        List<Long> ids = new ArrayList<>();
        filed.json()
                .get("items")
                .forEach(i -> ids.add(i.get("receipt").get("reportId").asLong()));
        return ids;
    }

    private static int reporters;

    private static Map<String, Object> report(String type, String region, String loss, String... identifiers) {
        List<Map<String, String>> ids = new ArrayList<>();
        for (int i = 0; i < identifiers.length; i += 2) {
            ids.add(Map.of("kind", identifiers[i], "value", identifiers[i + 1]));
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("idempotencyKey", UUID.randomUUID().toString());
        report.put("occurredAt", "2026-11-20T14:30:00+08:00");
        report.put("scamType", type);
        report.put("loss", Map.of("amount", loss, "currency", "CNY"));
        report.put("paymentMethod", "BANK_TRANSFER");
        report.put("identifiers", ids);
        report.put("region", region);
        report.put("narrative", "对方自称快递客服，说包裹丢了要理赔，让我加他，我的手机号" + VICTIMS_NUMBER + "，然后转账。");
        report.put("reporter", Map.of("name", "张三", "phone", "1380000000" + reporters++));
        return report;
    }

    private List<String> receipts(List<Long> ids) {
        List<String> receipts = new ArrayList<>();
        for (long id : ids) {
            receipts.add(api.get("/api/v1/reports/" + id, xiamen)
                    .json()
                    .get("receiptNo")
                    .asText());
        }
        return receipts;
    }

    private int clusterSize(long reportId) {
        Answer cluster = api.get("/api/v1/clusters/" + reportId, xiamen);
        return cluster.status() == 200 ? cluster.json().get("reports").asInt() : 0;
    }

    private String courierKey(long reportId) {
        for (JsonNode tie :
                api.get("/api/v1/clusters/" + reportId, xiamen).json().get("identifiers")) {
            if (tie.get("key").asText().contains("400800")) {
                return tie.get("key").asText();
            }
        }
        throw new AssertionError("no hotline tie in " + reportId + "'s cluster");
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static String csrf(HttpResponse<String> page) {
        return "_csrf=" + ConsoleClient.enc(ConsoleClient.csrf(page.body()));
    }

    @Test
    @Order(1)
    void thePagesAnswerWithoutABrowser() {
        long b1 = httpGroup.get(0);
        assertThat(new ConsoleClient(base).get("/console/reports").statusCode())
                .as("anonymous")
                .isEqualTo(302);

        // an auditor and a caller read neither reports nor cases: no links, and the console's 403 everywhere
        for (String user : List.of("he.auditor", "wu.caller")) {
            ConsoleClient refused = ConsoleClient.loggedIn(base, user);
            assertThat(refused.get("/console").body()).doesNotContain("/console/reports", "/console/cases");
            for (String path : List.of(
                    "/console/reports",
                    "/console/reports/" + b1,
                    "/console/reports/clusters",
                    "/console/reports/clusters/" + b1,
                    "/console/reports/clusters/" + b1 + "/graph",
                    "/console/cases")) {
                HttpResponse<String> answer = refused.get(path);
                assertThat(answer.statusCode()).as(user + " " + path).isEqualTo(403);
                assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
                        .startsWith("application/problem+json");
            }
            assertThat(refused.post(
                                    "/console/reports/clusters/" + b1 + "/case",
                                    "title=x&" + csrf(refused.get("/console")))
                            .statusCode())
                    .as(user + " opening a case")
                    .isEqualTo(403);
        }

        ConsoleClient analyst = ConsoleClient.loggedIn(base, "lin.analyst");
        assertThat(analyst.get("/console").body()).contains("href=\"/console/reports\"", "href=\"/console/cases\"");

        // the filter: one scam type's reports, masked; the other group's are not there
        String listed = analyst.get("/console/reports?scamType=BRUSHING_REBATE").body();
        assertThat(listed).contains("群众报案", "报案（4）", "刷单返利", "1,500.00 CNY");
        assertThat(listed).contains(httpReceipts.toArray(String[]::new));
        assertThat(listed).doesNotContain(browserReceipts.get(0), "1380000000", "张三");
        assertThat(analyst.get("/console/reports?scamType=BRUSHING_REBATE&region=350206")
                        .body())
                .contains("报案（0）", "没有符合条件的报案");
        assertThat(analyst.get("/console/reports?lang=en&scamType=BRUSHING_REBATE")
                        .body())
                .contains("Citizens&#39; reports", "Reports (4)", "Brushing / part-time-job rebate");
        analyst.get("/console/reports?lang=zh-CN");

        // bad input: the page again, the messages beside their fields, what was typed kept
        HttpResponse<String> bad = analyst.get("/console/reports?region=abc&from=2026-13-40&scamType=NOPE");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body())
                .contains("请从列出的选项中选择", "请按 YYYY-MM-DD 填写日期", "value=\"abc\"", "value=\"2026-13-40\"")
                .contains("aria-describedby=\"f-from-err\"", "id=\"f-from-err\"", "role=\"alert\"")
                .doesNotContain("Exception", "报案（");
        assertThat(analyst.get("/console/reports?region=350100").body())
                .as("a region outside the centre's")
                .contains("请填写本中心辖区内的行政区划代码", "value=\"350100\"");

        // a report: the facts, the narrative masked, the classifier beside the reporter's type, its cluster
        String report = analyst.get("/console/reports/" + b1).body();
        assertThat(report)
                .contains(httpReceipts.get(0), "文本模型判断", "刷单返利", "139****5678", "所在串并簇")
                .contains("/console/reports/clusters/" + b1)
                .doesNotContain(VICTIMS_NUMBER, "1380000000");

        // the cluster: its summary, its graph's JSON and the same nodes and edges as tables
        String courier = courierKey(b1);
        HttpResponse<String> clusterPage = analyst.get("/console/reports/clusters/" + b1);
        String cluster = clusterPage.body();
        assertThat(cluster)
                .contains(
                        "报案 " + b1 + " 所在串并簇", "关系图的表格形式", "data-graph=\"/console/reports/clusters/" + b1 + "/graph\"")
                .contains("data-node=\"" + httpGroup.get(3) + "\"", "data-key=\"" + courier + "\"")
                .contains("/console/cases.js", "此标识不能串联这些报案", "将此串并簇立为案件");
        assertThat(analyst.get("/console/reports/clusters").body()).contains("data-cluster=", "串并簇（2）", "刷单返利");
        JsonNode graph = json(analyst.get("/console/reports/clusters/" + b1 + "/graph"));
        assertThat(graph.get("nodes").size()).as("4 reports and 3 identifiers").isEqualTo(7);
        assertThat(graph.get("links").size()).isEqualTo(6);
        assertThat(graph.get("categories").findValuesAsString("name")).contains("报案", "电话号码", "银行卡");
        assertThat(graph.get("nodes").get(0).get("url").asText()).isEqualTo("/console/reports/" + b1);

        // splitting: the CSRF token is required, a reason too; then the cluster splits
        assertThat(analyst.post(
                                "/console/reports/clusters/" + b1 + "/exclusions",
                                "key=" + ConsoleClient.enc(courier) + "&reason=x")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> noReason = analyst.post(
                "/console/reports/clusters/" + b1 + "/exclusions",
                "key=" + ConsoleClient.enc(courier) + "&reason=&" + csrf(clusterPage));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body())
                .contains("请说明理由，1 至 500 个字", "aria-describedby=\"split-reason-err\"")
                .containsPattern("value=\"" + Pattern.quote(courier) + "\"\\s+selected");
        assertThat(clusterSize(b1)).isEqualTo(4);
        HttpResponse<String> split = analyst.post(
                "/console/reports/clusters/" + b1 + "/exclusions",
                "key=" + ConsoleClient.enc(courier) + "&reason=" + ConsoleClient.enc("快递公司客服电话，受害人都会提到") + "&"
                        + csrf(clusterPage));
        assertThat(split.statusCode()).isEqualTo(302);
        assertThat(location(split)).endsWith("/console/reports/clusters/" + b1);
        String splitPage = analyst.get(location(split)).body();
        assertThat(splitPage)
                .containsPattern("data-reports(=\"\")?>2<")
                .contains("串并簇已拆分，2 起报案移出")
                .contains("/console/reports/" + httpGroup.get(2));
        assertThat(clusterSize(b1)).isEqualTo(2);
        assertThat(clusterSize(httpGroup.get(2))).isEqualTo(2);
        assertThat(api.get("/api/v1/linkage/exclusions", xiamen).text()).contains(courier, "快递公司客服电话");

        // opening a case: a title is needed (the analyst typed is kept), then the case's page
        HttpResponse<String> noTitle = analyst.post(
                "/console/reports/clusters/" + b1 + "/case",
                "title=&analyst=" + ConsoleClient.enc("lin.analyst") + "&" + csrf(clusterPage));
        assertThat(noTitle.statusCode()).isEqualTo(200);
        assertThat(noTitle.body()).contains("请填写案件名称", "aria-describedby=\"case-title-err\"", "value=\"lin.analyst\"");
        HttpResponse<String> opened = analyst.post(
                "/console/reports/clusters/" + b1 + "/case",
                "title=" + ConsoleClient.enc("刷单返利团伙 思明区") + "&analyst=&" + csrf(clusterPage));
        assertThat(opened.statusCode()).isEqualTo(302);
        String casePath = location(opened).replace(base, "");
        assertThat(casePath).matches("/console/cases/\\d+");
        long caseId = Long.parseLong(casePath.substring("/console/cases/".length()));
        JsonNode byApi = api.get("/api/v1/cases/" + caseId, xiamen).json();
        assertThat(byApi.get("title").asText()).isEqualTo("刷单返利团伙 思明区");
        assertThat(byApi.get("analyst").asText()).isEqualTo("lin.analyst");
        assertThat(byApi.get("reports").asInt()).isEqualTo(2);
        HttpResponse<String> casePage = analyst.get(casePath);
        assertThat(casePage.body())
                .contains("案件已立案", byApi.get("caseNo").asText(), "时间线", "立案", "添加备注", "移交其他中心", "福州市反诈骗中心");
        HttpResponse<String> again =
                analyst.post("/console/reports/clusters/" + b1 + "/case", "title=again&" + csrf(clusterPage));
        assertThat(again.body()).as("a cluster is one case").contains("此串并簇已立为案件。", "id=\"promote-err\"");
        assertThat(analyst.get("/console/reports/clusters/" + b1).body())
                .contains("data-has-case", byApi.get("caseNo").asText())
                .doesNotContain("class=\"stack promote\"");

        // a note: required; then on the timeline
        HttpResponse<String> emptyNote = analyst.post(casePath + "/notes", "text=+&" + csrf(casePage));
        assertThat(emptyNote.body()).contains("请填写备注", "aria-describedby=\"note-text-err\"");
        assertThat(analyst.post(casePath + "/notes", "text=" + ConsoleClient.enc("已调取银行卡流水") + "&" + csrf(casePage))
                        .statusCode())
                .isEqualTo(302);
        assertThat(api.get("/api/v1/cases/" + caseId + "/timeline", xiamen).text())
                .contains("NOTE", "已调取银行卡流水");

        // the status: only where the case may go; a bad one is refused beside the field, the remark kept
        HttpResponse<String> badStatus = analyst.post(
                casePath + "/status", "status=SOLVED&note=" + ConsoleClient.enc("备注") + "&" + csrf(casePage));
        assertThat(badStatus.body()).contains("请选择案件可以变更到的状态", "value=\"备注\"");
        assertThat(analyst.post(casePath + "/status", "status=INVESTIGATING&note=&" + csrf(casePage))
                        .statusCode())
                .isEqualTo(302);
        assertThat(api.get("/api/v1/cases/" + caseId, xiamen)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("INVESTIGATING");

        // a referral needs a centre; the reason typed is kept
        HttpResponse<String> noCentre = analyst.post(
                casePath + "/referrals", "toAgencyId=&reason=" + ConsoleClient.enc("嫌疑人在福州") + "&" + csrf(casePage));
        assertThat(noCentre.body()).contains("请选择另一个反诈中心", "嫌疑人在福州</textarea>");
        assertThat(analyst.get(casePath + "?lang=en").body())
                .contains("Timeline", "Add a note", "Under investigation", "Refer to another centre");
        analyst.get("/console/cases?lang=zh-CN");
        HttpResponse<String> list = analyst.get("/console/cases?status=INVESTIGATING");
        assertThat(list.body()).contains("案件（1）", byApi.get("caseNo").asText(), "侦查中");
        assertThat(analyst.get("/console/cases?status=CLOSED").body()).contains("案件（0）", "暂无案件");

        // a referral to Fuzhou, which declines it: a reason is required, then the case stays Xiamen's
        HttpResponse<String> referred = analyst.post(
                casePath + "/referrals",
                "toAgencyId=" + fuzhouId + "&reason=" + ConsoleClient.enc("嫌疑人在福州") + "&" + csrf(casePage));
        assertThat(referred.statusCode()).isEqualTo(302);
        long referralId = api.get("/api/v1/cases/" + caseId, xiamen)
                .json()
                .get("pendingReferral")
                .get("id")
                .asLong();
        ConsoleClient fuzhou = ConsoleClient.loggedIn(base, "zhou.analyst");
        HttpResponse<String> incoming = fuzhou.get("/console/cases");
        assertThat(incoming.body()).contains("待本中心处理的移交（1）", byApi.get("caseNo").asText(), "嫌疑人在福州", "拒绝理由（必填）");
        HttpResponse<String> noNote =
                fuzhou.post("/console/cases/referrals/" + referralId + "/decline", "note=&" + csrf(incoming));
        assertThat(fuzhou.get(location(noNote)).body())
                .contains("请说明拒绝移交的理由", "aria-describedby=\"decline-err-" + referralId + "\"");
        HttpResponse<String> declined = fuzhou.post(
                "/console/cases/referrals/" + referralId + "/decline",
                "note=" + ConsoleClient.enc("不在本市管辖") + "&" + csrf(incoming));
        assertThat(fuzhou.get(location(declined)).body()).contains("您已拒绝移交").doesNotContain("待本中心处理的移交");
        assertThat(api.get("/api/v1/cases/" + caseId + "/timeline", xiamen).text())
                .contains("REFERRAL_DECLINED", "不在本市管辖");
        assertThat(api.get("/api/v1/cases/" + caseId, xiamen).status())
                .as("still Xiamen's")
                .isEqualTo(200);
    }

    private static JsonNode json(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer.body());
    }

    @Test
    @Order(2)
    void anAnalystSplitsAClusterOpensACaseAndRefersItToACentreThatAccepts() {
        long a1 = browserGroup.get(0);
        try (BrowserSupport browser = BrowserSupport.launch()) {
            Page page = browser.page(1280, 900, "zh-CN");
            List<String> problems = BrowserSupport.errorsOf(page);
            page.navigate(base + "/console/login");
            ConsoleClient.logIn(page, "lin.analyst", "用户名", "密码");
            page.locator(".main-nav a", new Page.LocatorOptions().setHasText("报案"))
                    .click();
            page.waitForURL("**/console/reports");
            assertThat(page.locator(".main-nav a[aria-current=page]").textContent())
                    .isEqualTo("报案与串并");

            // filter by scam type
            page.getByLabel("诈骗类型").selectOption(new SelectOption().setLabel("冒充电商物流客服"));
            page.locator("form.filters button[type=submit]").click();
            page.waitForURL(url -> url.contains("scamType=FAKE_CUSTOMER_SERVICE"));
            assertThat(page.locator("#reports-table tbody tr").count()).isEqualTo(4);
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-reports-zh");

            // a report, then its cluster as a graph
            page.locator("#reports-table a", new Page.LocatorOptions().setHasText(browserReceipts.get(0)))
                    .click();
            page.waitForURL("**/console/reports/" + a1);
            assertThat(page.locator("[data-suggestion]").textContent()).contains("诈骗概率");
            assertThat(page.locator("[data-narrative]").textContent()).contains("139****5678");
            browser.screenshot(page, "console-reports-report-zh");
            page.locator("a[data-cluster]").click();
            page.waitForURL("**/console/reports/clusters/" + a1);
            page.waitForSelector("#cluster-graph[data-drawn=true] canvas");
            assertThat(page.locator("#graph-reports tbody tr").count()).isEqualTo(4);
            assertThat(page.locator("#graph-identifiers tbody tr").count()).isEqualTo(3);
            assertThat(page.locator("[data-reports]").textContent()).isEqualTo("4");
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-reports-cluster-zh");

            // "this identifier does not tie these reports": split on the courier's hotline
            String courier = courierKey(a1);
            page.getByLabel("不能串联的标识").selectOption(courier);
            page.getByLabel("理由（记入记录）").fill("快递公司客服电话");
            page.locator("form.split button[type=submit]").click();
            page.waitForSelector("#confirmation");
            assertThat(page.locator("#confirmation").textContent()).contains("串并簇已拆分");
            assertThat(page.locator("[data-reports]").textContent()).isEqualTo("2");
            page.waitForSelector("#cluster-graph[data-drawn=true] canvas");
            assertThat(page.locator("#graph-reports tbody tr").count()).isEqualTo(2);
            browser.screenshot(page, "console-reports-cluster-split-zh");
            assertThat(clusterSize(a1)).isEqualTo(2);

            // open a case on what is left
            page.getByLabel("案件名称").fill("冒充快递客服理赔团伙");
            page.locator("form.promote button[type=submit]").click();
            page.waitForURL(url -> url.matches(".*/console/cases/\\d+$"));
            long caseId = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
            assertThat(page.locator("#confirmation").textContent()).isEqualTo("案件已立案。");
            assertThat(page.locator(".main-nav a[aria-current=page]").textContent())
                    .isEqualTo("案件");

            // a note, a status change and a referral to Fuzhou
            page.getByLabel("备注内容").fill("受害人均在思明区，已联系快递公司核实");
            page.locator("form.note button[type=submit]").click();
            page.waitForSelector("#confirmation");
            assertThat(page.locator(".timeline li[data-kind=NOTE]").textContent())
                    .contains("已联系快递公司核实");
            page.getByLabel("新状态").selectOption("INVESTIGATING");
            page.locator("form.status button[type=submit]").click();
            page.waitForSelector("#confirmation");
            assertThat(page.locator("[data-status]").textContent()).isEqualTo("侦查中");
            page.getByLabel("移交给").selectOption(String.valueOf(fuzhouId));
            page.getByLabel("移交理由").fill("嫌疑人落脚点在福州");
            BrowserSupport.assertEveryControlIsLabelled(page);
            browser.screenshot(page, "console-cases-case-zh");
            page.locator("form.refer button[type=submit]").click();
            page.waitForSelector("#confirmation");
            assertThat(page.locator("[data-pending]").textContent()).contains("福州市反诈骗中心", "嫌疑人落脚点在福州");
            assertThat(page.locator("form.refer").count()).isZero();

            // every write, through the REST API
            JsonNode fraudCase = api.get("/api/v1/cases/" + caseId, xiamen).json();
            assertThat(fraudCase.get("title").asText()).isEqualTo("冒充快递客服理赔团伙");
            assertThat(fraudCase.get("status").asText()).isEqualTo("INVESTIGATING");
            assertThat(fraudCase.get("reports").asInt()).isEqualTo(2);
            assertThat(fraudCase.get("pendingReferral").get("toAgencyId").asLong())
                    .isEqualTo(fuzhouId);
            assertThat(api.get("/api/v1/cases/" + caseId + "/timeline", xiamen)
                            .json()
                            .findValuesAsString("kind"))
                    .containsExactly("OPENED", "NOTE", "STATUS_CHANGED", "REFERRED");
            assertThat(api.get("/api/v1/linkage/exclusions", xiamen).text()).contains(courier);

            // English
            page.locator(".lang a[lang=en]").click();
            page.waitForSelector("html[lang=en]");
            assertThat(page.locator("h2#timeline-h").textContent()).isEqualTo("Timeline");
            browser.screenshot(page, "console-cases-case-en");
            page.navigate(base + "/console/reports/clusters/" + a1);
            page.waitForSelector("#cluster-graph[data-drawn=true] canvas");
            browser.screenshot(page, "console-reports-cluster-en");
            page.locator(".lang a[lang=zh-CN]").click();
            page.waitForSelector("html[lang=zh-CN]");

            // Fuzhou's analyst sees the referral and accepts it
            Page fuzhou = browser.page(1280, 900, "zh-CN");
            List<String> fuzhouProblems = BrowserSupport.errorsOf(fuzhou);
            fuzhou.navigate(base + "/console/login");
            ConsoleClient.logIn(fuzhou, "zhou.analyst", "用户名", "密码");
            fuzhou.locator(".main-nav a", new Page.LocatorOptions().setHasText("案件"))
                    .click();
            fuzhou.waitForURL("**/console/cases");
            assertThat(fuzhou.locator("[data-referral]").textContent())
                    .contains(fraudCase.get("caseNo").asText(), "厦门市反诈骗中心", "嫌疑人落脚点在福州");
            BrowserSupport.assertEveryControlIsLabelled(fuzhou);
            browser.screenshot(fuzhou, "console-cases-referral-zh");
            // the case's page, before answering: readable, but not Fuzhou's to change yet
            fuzhou.locator("[data-referral] h3 a").click();
            fuzhou.waitForURL("**/console/cases/" + caseId);
            assertThat(fuzhou.locator("form.note, form.status, form.refer").count())
                    .isZero();
            assertThat(fuzhou.locator(".answers button").textContent()).isEqualTo("接收案件");
            fuzhou.goBack();
            fuzhou.waitForURL("**/console/cases");
            fuzhou.locator("[data-referral] button", new Page.LocatorOptions().setHasText("接收案件"))
                    .click();
            fuzhou.waitForURL("**/console/cases/" + caseId);
            assertThat(fuzhou.locator("#confirmation").textContent()).contains("您已接收移交");
            assertThat(fuzhou.locator("[data-centre]").textContent()).isEqualTo("福州市反诈骗中心");
            assertThat(fuzhou.locator("form.note").count())
                    .as("now Fuzhou's case")
                    .isEqualTo(1);
            browser.screenshot(fuzhou, "console-cases-accepted-zh");
            assertThat(api.get("/api/v1/cases/" + caseId, xiamen).status())
                    .as("no longer Xiamen's")
                    .isEqualTo(404);

            // Xiamen's analyst now sees the case nowhere in its list
            page.navigate(base + "/console/cases");
            assertThat(page.locator("[data-case='" + caseId + "']").count()).isZero();
            browser.screenshot(page, "console-cases-zh");
            assertThat(problems)
                    .as("no script error and nothing the CSP blocked")
                    .isEmpty();
            assertThat(fuzhouProblems)
                    .as("no script error and nothing the CSP blocked")
                    .isEmpty();
        }
    }

    @Test
    @Order(3)
    void aPhoneOf390PixelsNeverScrollsSideways() {
        long b1 = httpGroup.get(0);
        try (BrowserSupport browser = BrowserSupport.launch()) {
            for (String language : List.of("zh-CN", "en")) {
                boolean en = language.equals("en");
                String suffix = (en ? "en" : "zh") + "-390";
                Page page = browser.page(390, 844, language);
                List<String> problems = BrowserSupport.errorsOf(page);
                page.navigate(base + "/console/login?lang=" + language);
                ConsoleClient.logIn(page, "lin.analyst", en ? "User name" : "用户名", en ? "Password" : "密码");
                page.navigate(base + "/console/reports");
                BrowserSupport.assertNoSidewaysScroll(page);
                browser.screenshot(page, "console-reports-" + suffix);
                page.navigate(base + "/console/reports/" + b1);
                BrowserSupport.assertNoSidewaysScroll(page);
                browser.screenshot(page, "console-reports-report-" + suffix);
                page.navigate(base + "/console/reports/clusters");
                BrowserSupport.assertNoSidewaysScroll(page);
                page.navigate(base + "/console/reports/clusters/" + b1);
                page.waitForSelector("#cluster-graph[data-drawn=true] canvas");
                BrowserSupport.assertNoSidewaysScroll(page);
                browser.screenshot(page, "console-reports-cluster-" + suffix);
                page.navigate(base + "/console/cases");
                BrowserSupport.assertNoSidewaysScroll(page);
                browser.screenshot(page, "console-cases-" + suffix);
                page.locator("#cases-table a").first().click();
                page.waitForURL(url -> url.matches(".*/console/cases/\\d+$"));
                BrowserSupport.assertNoSidewaysScroll(page);
                browser.screenshot(page, "console-cases-case-" + suffix);
                assertThat(problems).as("no script error at 390 pixels").isEmpty();
            }
            // the keyboard alone reaches a cluster's reports (the table's links), the split form and its button
            Page page = browser.page(1280, 900, "zh-CN");
            page.navigate(base + "/console/login");
            ConsoleClient.logIn(page, "lin.analyst", "用户名", "密码");
            page.navigate(base + "/console/reports/clusters/" + browserGroup.get(0));
            List<String> reached = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                page.keyboard().press("Tab");
                reached.add(
                        String.valueOf(
                                page.evaluate(
                                        "() => { const e = document.activeElement; return (e.tagName + ' ' + (e.id || e.textContent)).trim(); }")));
            }
            assertThat(reached)
                    .anyMatch(t -> t.startsWith("A ") && t.contains(browserReceipts.get(0)))
                    .anyMatch(t -> t.equals("SELECT split-key"))
                    .anyMatch(t -> t.equals("TEXTAREA split-reason"))
                    .anyMatch(t -> t.equals("BUTTON 拆分串并簇"));
        }
    }

    /**
     * A cluster spanning two cities, which is what linkage is for: a victim in Xiamen and one in Fuzhou paid the same
     * account. Each centre opens the cluster and its graph; its own report is linked to its page, the other city's is
     * drawn as another region's report, by its city only, with none of its reporter's data, receipt or loss.
     */
    @Test
    @Order(4)
    void aClusterAcrossTwoCitiesOpensForBothCentresShowingTheOtherCitysReportWithoutItsPersonalData() {
        String account = "alipay:2088000099990001";
        Map<String, Object> inXiamen = report("FAKE_INVESTMENT", "350206", "3100", "PAYMENT_ACCOUNT", account);
        Map<String, Object> inFuzhou = report("FAKE_INVESTMENT", "350102", "6600", "PAYMENT_ACCOUNT", account);
        inFuzhou.put("narrative", "福州的受害人：对方在群里荐股，我转了六千六。");
        inFuzhou.put("reporter", Map.of("name", "王五", "phone", "13600000001"));
        Answer filed = api.post("/api/v1/reports/batch", partner, Map.of("reports", List.of(inXiamen, inFuzhou)));
        assertThat(filed.status()).as(filed.text()).isEqualTo(200);
        JsonNode items = filed.json().get("items");
        long x = items.get(0).get("receipt").get("reportId").asLong();
        long f = items.get(1).get("receipt").get("reportId").asLong();
        String xReceipt = items.get(0).get("receipt").get("receiptNo").asText();
        String fReceipt = items.get(1).get("receipt").get("receiptNo").asText();
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> clusterSize(x) == 2);

        record View(String user, long own, String ownReceipt, long other, String otherCity, List<String> hidden) {}
        for (View v : List.of(
                new View(
                        "lin.analyst",
                        x,
                        xReceipt,
                        f,
                        "3501xx",
                        List.of(fReceipt, "王五", "13600000001", "6,600.00", "6600.00")),
                new View(
                        "zhou.analyst",
                        f,
                        fReceipt,
                        x,
                        "3502xx",
                        List.of(xReceipt, "张三", "1380000000", "3,100.00", "3100.00")))) {
            ConsoleClient analyst = ConsoleClient.loggedIn(base, v.user());
            for (long anchor : List.of(x, f)) {
                HttpResponse<String> page = analyst.get("/console/reports/clusters/" + anchor);
                assertThat(page.statusCode())
                        .as(v.user() + " cluster of " + anchor)
                        .isEqualTo(200);
                assertThat(page.body())
                        .containsPattern("data-reports(=\"\")?>2<")
                        .contains("data-node=\"" + v.own() + "\"", "href=\"/console/reports/" + v.own() + "\"")
                        .contains(v.ownReceipt(), "PAYMENT_ACCOUNT:")
                        .contains("data-node=\"" + v.other() + "\"", "外地报案（" + v.otherCity() + "）")
                        .doesNotContain("href=\"/console/reports/" + v.other() + "\"")
                        .doesNotContain(v.hidden().toArray(String[]::new))
                        .doesNotContain("六千六", VICTIMS_NUMBER);

                JsonNode graph = json(analyst.get("/console/reports/clusters/" + anchor + "/graph"));
                assertThat(graph.get("nodes").size())
                        .as("2 reports and the account")
                        .isEqualTo(3);
                assertThat(graph.get("links").size()).isEqualTo(2);
                Map<String, JsonNode> nodes = new LinkedHashMap<>();
                graph.get("nodes").forEach(n -> nodes.put(n.get("id").asText(), n));
                assertThat(nodes.get("r" + v.own()).get("url").asText()).isEqualTo("/console/reports/" + v.own());
                assertThat(nodes.get("r" + v.other()).get("name").asText()).isEqualTo("外地报案（" + v.otherCity() + "）");
                assertThat(nodes.get("r" + v.other()).has("url"))
                        .as("not linked")
                        .isFalse();
                assertThat(graph.toString()).doesNotContain(v.hidden().toArray(String[]::new));
            }
            // the other city's report itself stays closed to the centre
            assertThat(analyst.get("/console/reports/" + v.other()).statusCode())
                    .isEqualTo(404);
            assertThat(analyst.get("/console/reports/clusters/" + x + "?lang=en")
                            .body())
                    .contains("Another region&#39;s report (" + v.otherCity() + ")", "Fake investment × 2");
        }
    }
}

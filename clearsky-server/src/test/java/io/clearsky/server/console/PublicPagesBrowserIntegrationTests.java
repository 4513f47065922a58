package io.clearsky.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The citizens' pages in Debian's Chromium: a report filed on a 390-pixel phone from a first wrong try to its
 * receipt and its status, a listed number checked, a tip read in both languages, the form used with the keyboard
 * alone, no sideways scrolling on a phone, and a screenshot of every page under {@code target/screenshots}.
 */
class PublicPagesBrowserIntegrationTests extends PublicPagesServer {

    private BrowserSupport browser;

    @BeforeAll
    void startBrowser() {
        browser = BrowserSupport.launch();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Page phone(String locale) {
        return browser.page(390, 844, locale);
    }

    private static boolean scrollsSideways(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
    }

    @Test
    void aCitizenFilesAReportOnAPhoneFixesTheWrongFieldAndFollowsItWithTheReceipt() {
        Page page = phone("zh-CN");
        page.navigate(base() + "/report");
        page.getByLabel("发生时间（必填）").fill("2026-11-20T14:30");
        page.getByLabel("损失金额（元）").fill("860");
        page.getByLabel("付款方式").selectOption("WECHAT_PAY");
        page.locator("#scamType").selectOption("BRUSHING_REBATE");
        page.getByLabel("号码、账户或链接（第 1 行）").fill("170 9999 0001");
        page.getByLabel("您所在地区的行政区划代码（必填）").fill("350206");
        page.getByLabel("事情经过").fill("在网上找兼职刷单，先返了佣金，后来让我垫付联单任务，充值后无法提现。");
        page.getByLabel("您的姓名").fill("陈先生");
        page.getByLabel("您的手机号码（必填）").fill("1380013800"); // a digit short
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交举报"))
                .click();

        Locator phoneField = page.locator("#reporterPhone");
        assertThat(page.locator("#reporterPhone-error").textContent()).contains("请填写正确的手机号码");
        assertThat(phoneField.getAttribute("aria-describedby")).contains("reporterPhone-error");
        assertThat(phoneField.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(phoneField.inputValue()).isEqualTo("1380013800");
        assertThat(page.locator("#narrative").inputValue()).contains("联单任务");
        assertThat(page.locator("#identifiers0").inputValue()).isEqualTo("170 9999 0001");
        assertThat(scrollsSideways(page)).isFalse();
        browser.screenshot(page, "public-report-error-zh-390");

        phoneField.fill("13800138123");
        // Enter in the last field (Go on a phone's keyboard) sends the report, not "add a row"
        phoneField.press("Enter");
        String receiptNo = page.locator("#receipt-no").textContent().strip();
        assertThat(receiptNo).matches("[0-9A-Z]{12,}");
        assertThat(scrollsSideways(page)).isFalse();
        browser.screenshot(page, "public-receipt-zh-390");

        page.getByText("查询这份举报的进度").click();
        assertThat(page.locator("#receiptNo").inputValue()).isEqualTo(receiptNo);
        page.locator("#phone").fill("13800138123");
        page.locator("button.primary").click();
        assertThat(page.locator(".tracking").textContent()).contains("已受理", receiptNo, "刷单返利");
        assertThat(scrollsSideways(page)).isFalse();
        browser.screenshot(page, "public-follow-zh-390");
    }

    @Test
    void switchingLanguageHalfwayKeepsWhatWasTypedAndFilesNothing() {
        Page page = phone("zh-CN");
        List<String> problems = BrowserSupport.errorsOf(page);
        page.navigate(base() + "/report");
        page.getByLabel("损失金额（元）").fill("1200");
        page.locator("#scamType").selectOption("FAKE_LOAN");
        page.getByLabel("事情经过").fill("对方说先交保证金才能放款。");
        page.getByLabel("号码、账户或链接（第 1 行）").fill("170 9999 0002");
        page.getByText("English").click();
        page.waitForSelector("html[lang=en]");
        assertThat(page.locator("h1").textContent()).isEqualTo("Report a scam");
        assertThat(page.locator("#lossAmount").inputValue()).isEqualTo("1200");
        assertThat(page.locator("#scamType").inputValue()).isEqualTo("FAKE_LOAN");
        assertThat(page.locator("#narrative").inputValue()).isEqualTo("对方说先交保证金才能放款。");
        assertThat(page.locator("#identifiers0").inputValue()).isEqualTo("170 9999 0002");
        assertThat(page.locator(".error, [role=alert]").count())
                .as("nothing filed, no error")
                .isZero();
        assertThat(page.locator("#receipt-no").count()).isZero();
        page.getByText("中文").click();
        page.waitForSelector("html[lang=zh-CN]");
        assertThat(page.locator("#narrative").inputValue()).isEqualTo("对方说先交保证金才能放款。");
        assertThat(problems).as("no script error, nothing the CSP blocked").isEmpty();

        // an address with no page: the error page in the person's language, not JSON
        page.navigate(base() + "/report/no-such-page");
        assertThat(page.locator("h1").textContent()).isEqualTo("找不到此页面");
        assertThat(scrollsSideways(page)).isFalse();
        browser.screenshot(page, "public-error-404-zh-390");
    }

    @Test
    void aListedNumberCheckedShowsTheCentresWarningAndLinksToItsTip() {
        Page page = phone("zh-CN");
        page.navigate(base() + "/check");
        page.getByLabel("号码、链接或账户").fill("170 1234 5678");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            page.getByLabel("号码、链接或账户").fill("170 1234 5678");
            page.locator("button.primary").click();
            assertThat(page.locator(".verdict").first().textContent()).contains(WARNING_ZH);
        });
        assertThat(scrollsSideways(page)).isFalse();
        browser.screenshot(page, "public-check-zh-390");
        page.getByText("冒充电商物流客服").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("冒充电商物流客服");
    }

    @Test
    void aTipReadsInChineseAndInEnglishAfterSwitching() {
        Page page = phone("zh-CN");
        page.navigate(base() + "/tips");
        page.getByText("虚假网络贷款").first().click();
        assertThat(page.locator("h1").textContent()).isEqualTo("虚假网络贷款");
        assertThat(page.locator("main").textContent()).contains("正规贷款在放款前不会收取任何费用");
        page.getByText("English").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Fake loan");
        assertThat(page.locator("main").textContent()).contains("A real lender never charges");
        page.navigate(base() + "/tips");
        assertThat(page.locator("h1").textContent()).isEqualTo("Anti-fraud tips by scam type"); // remembered
        assertThat(scrollsSideways(page)).isFalse();
    }

    @Test
    void theKeyboardAloneReachesTheSkipLinkAndEveryControlOfTheForm() {
        Page page = phone("zh-CN");
        page.navigate(base() + "/report");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.className")).isEqualTo("skip");
        page.keyboard().press("Enter");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            reached.add((String) page.evaluate(
                    "() => document.activeElement.id || document.activeElement.getAttribute('name') || ''"));
        }
        assertThat(reached)
                .contains("scamType", "occurredAt", "lossAmount", "paymentMethod", "identifiers0-kind", "identifiers0")
                .contains("identifiers1", "region", "narrative", "reporterName", "reporterPhone", "action");
        // every control has a label
        Object unlabelled = page.evaluate("() => [...document.querySelectorAll('main input:not([type=hidden]),"
                + " main select, main textarea')].filter(c => c.labels.length === 0).map(c => c.name)");
        assertThat((List<?>) unlabelled).isEmpty();
    }

    @Test
    void everyPageFitsAPhoneAndIsPhotographedInBothLanguages() {
        String[][] pages = {
            {"home", "/"},
            {"report", "/report"},
            {"check", "/check"},
            {"follow", "/follow"},
            {"tips", "/tips"},
            {"tip", "/tips/FAKE_INVESTMENT"}
        };
        for (String language : List.of("zh", "en")) {
            Page phone = phone(language.equals("zh") ? "zh-CN" : "en-US");
            Page desktop = browser.page(1280, 900, language.equals("zh") ? "zh-CN" : "en-US");
            for (String[] p : pages) {
                String url = base() + p[1] + "?lang=" + (language.equals("zh") ? "zh-CN" : "en");
                phone.navigate(url);
                assertThat(scrollsSideways(phone)).as("%s at 390 px", url).isFalse();
                browser.screenshot(phone, "public-" + p[0] + "-" + language + "-390");
                desktop.navigate(url);
                browser.screenshot(desktop, "public-" + p[0] + "-" + language + "-desktop");
            }
        }
    }
}

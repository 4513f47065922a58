package io.clearsky.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's Chromium, driven by Playwright for the web pages' browser tests. Playwright never downloads a browser
 * here: it runs Debian's Chromium ({@code CLEARSKY_CHROMIUM}, else {@code /usr/bin/chromium}). Without one the test
 * is skipped with a message saying so, unless {@code CLEARSKY_BROWSER_TESTS=required} (CI), where it fails.
 *
 * <pre>{@code
 * try (BrowserSupport browser = BrowserSupport.launch()) {
 *     Page page = browser.page(390, 844, "zh-CN");
 *     page.navigate(base + "/console/login");
 *     browser.screenshot(page, "login-zh-390");
 * }
 * }</pre>
 */
public final class BrowserSupport implements AutoCloseable {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts a headless Chromium, or skips the calling test when the machine has none (fails when required). */
    public static BrowserSupport launch() {
        String configured = System.getenv("CLEARSKY_CHROMIUM");
        Path chromium = Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        if (!Files.isExecutable(chromium)) {
            String message = "no Chromium at " + chromium
                    + ": browser tests skipped (apt-get install -y chromium fonts-noto-cjk)";
            if ("required".equalsIgnoreCase(System.getenv("CLEARSKY_BROWSER_TESTS"))) {
                throw new AssertionError(message.replace("skipped", "required (CLEARSKY_BROWSER_TESTS=required)"));
            }
            System.err.println(message); // in the build's output too, not only in the test report
            Assumptions.abort(message);
        }
        // Playwright's own driver is in its jar; it must not try to fetch browsers of its own
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(chromium)
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
            return new BrowserSupport(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A page in a new browser context (its own cookies) with this viewport and language, e.g. {@code zh-CN}. */
    public Page page(int width, int height, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale(locale)
                .setExtraHTTPHeaders(Map.of("Accept-Language", locale)));
        contexts.add(context);
        return context.newPage();
    }

    /** Saves the whole page as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        for (BrowserContext context : contexts) {
            context.close();
        }
        browser.close();
        playwright.close();
    }

    /** The errors a page logs to its console or throws, as they come (a CSP refusal is one). */
    public static List<String> errorsOf(Page page) {
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add(message.text());
            }
        });
        page.onPageError(problems::add);
        return problems;
    }

    /** Every visible form control has a label, an aria-label or (a button) its text. */
    public static void assertEveryControlIsLabelled(Page page) {
        Object unlabelled = page.evaluate("""
                () => [...document.querySelectorAll('input, select, textarea, button')]
                    .filter(e => e.type !== 'hidden')
                    .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                        && !e.getAttribute('aria-labelledby') && !(e.tagName === 'BUTTON' && e.textContent.trim()))
                    .map(e => e.outerHTML)""");
        assertThat((List<?>) unlabelled).as("controls without a label").isEmpty();
    }

    /** The page is no wider than the window: nothing scrolls sideways. */
    public static void assertNoSidewaysScroll(Page page) {
        List<?> w = (List<?>)
                page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        assertThat(((Number) w.get(0)).intValue())
                .as("page width at the window's width")
                .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
    }
}

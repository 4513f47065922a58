package io.clearsky.server.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright for Java, for the web pages' browser tests. Chromium is found at
 * {@code CLEARSKY_CHROMIUM} or {@code /usr/bin/chromium}; without it the test is skipped with a message, unless
 * {@code CLEARSKY_BROWSER_TESTS=required}, when it fails. Playwright downloads no browser of its own.
 */
public final class BrowserSupport implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Chromium headless, or skips (fails, when browser tests are required) the calling test without it. */
    public static BrowserSupport launch() {
        String configured = System.getenv("CLEARSKY_CHROMIUM");
        Path chromium = Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        if (!Files.isExecutable(chromium)) {
            String message = "no Chromium at " + chromium
                    + " (install Debian's chromium, or set CLEARSKY_CHROMIUM to a Chromium executable)";
            if ("required".equalsIgnoreCase(System.getenv("CLEARSKY_BROWSER_TESTS"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
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

    /** A new page in a context of its own (own cookies) with this viewport and locale, e.g. 390 × 844, "zh-CN". */
    public Page page(int width, int height, String locale) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale(locale));
        contexts.add(context);
        return context.newPage();
    }

    /** A full-page screenshot at {@code target/screenshots/<name>.png}. */
    public Path screenshot(Page page, String name) {
        Path file = Paths.get("target", "screenshots", name + ".png");
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
}

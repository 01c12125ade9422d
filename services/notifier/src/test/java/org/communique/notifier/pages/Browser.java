package org.communique.notifier.pages;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real Chromium for the page tests: Debian's {@code chromium} (/usr/bin/chromium, or $CHROMIUM_PATH) driven by
 * Playwright for Java, whose own browser download is skipped. In CI ({@code CI=true}; .ci/run installs chromium)
 * a missing browser fails the tests; on a developer machine without it they are skipped, saying so.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Browser launch() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(chromium + " is missing: .ci/run installs Debian's chromium before the build");
            }
            Assumptions.abort("SKIPPED, not in CI: no chromium at " + chromium
                    + " (apt-get install -y chromium, or set CHROMIUM_PATH)");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        com.microsoft.playwright.Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true).setArgs(ARGS));
        return new Browser(playwright, browser);
    }

    BrowserContext context(String locale) {
        return browser.newContext(new NewContextOptions().setLocale(locale).setViewportSize(1100, 1400));
    }

    /** The core flow must work without JavaScript: a context with it switched off. */
    BrowserContext contextWithoutJavaScript(String locale) {
        return browser.newContext(new NewContextOptions().setLocale(locale).setViewportSize(1100, 1400)
                .setJavaScriptEnabled(false));
    }

    static Path screenshot(String name) {
        return SCREENSHOTS.resolve(name + ".png");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

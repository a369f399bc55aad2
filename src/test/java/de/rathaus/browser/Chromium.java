package de.rathaus.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The test browser: Debian's Chromium driven by Playwright. One browser process serves the whole
 * test JVM (starting one costs about a second); every page a test opens gets its own context, so
 * cookies and language choices never leak from one test into the next. Register it in an
 * {@code @IntegrationTest} class:
 *
 * <pre>{@code @RegisterExtension static final Chromium chromium = new Chromium();}</pre>
 *
 * <p>Where no Chromium is installed the browser tests are skipped, loudly, instead of failing: a
 * developer without the browser can still run the rest of the suite. Playwright never downloads a
 * browser of its own.
 */
public final class Chromium implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final Logger log = LoggerFactory.getLogger(Chromium.class);

    /** Override with {@code -Drathaus.chromium=/path/to/chromium}. */
    static final Path EXECUTABLE = Path.of(System.getProperty("rathaus.chromium", "/usr/bin/chromium"));

    private static final List<String> ARGUMENTS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--disable-quic",
            "--no-proxy-server",
            // the towns are told apart by host name; all of them live on this machine
            "--host-resolver-rules=MAP localhost 127.0.0.1, MAP *.localhost 127.0.0.1");

    private static final String MISSING = "BROWSER TEST SKIPPED: no Chromium at " + EXECUTABLE
            + ". Install it with 'apt-get install -y chromium' (or set -Drathaus.chromium=PATH)"
            + " to run the accessibility, keyboard and no-JavaScript checks.";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    private final List<BrowserContext> openContexts = new ArrayList<>();
    private @Nullable Browser browser;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(EXECUTABLE)) {
            log.warn(MISSING);
            return;
        }
        browser = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(SharedBrowser.class, key -> SharedBrowser.launch(), SharedBrowser.class)
                .browser();
        port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
    }

    /** Skips each test on its own, so the reports count the browser tests that did not run. */
    @Override
    public void beforeEach(ExtensionContext context) {
        if (browser == null) {
            Assumptions.abort(MISSING);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        openContexts.forEach(BrowserContext::close);
        openContexts.clear();
    }

    /** The address of a page of a town in the running application. */
    public String url(Town town, String pathAndQuery) {
        return town.origin(port) + pathAndQuery;
    }

    /** A blank page in a fresh browser context with JavaScript on. */
    public Page newPage() {
        return newPage(options -> {});
    }

    /** A blank page in a fresh browser context, e.g. with JavaScript off. Closed after the test. */
    public Page newPage(Consumer<Browser.NewContextOptions> customisation) {
        var options = new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900);
        customisation.accept(options);
        BrowserContext browserContext = requireBrowser().newContext(options);
        openContexts.add(browserContext);
        return browserContext.newPage();
    }

    private Browser requireBrowser() {
        if (browser == null) {
            throw new IllegalStateException("Register Chromium with @RegisterExtension on a static field");
        }
        return browser;
    }

    /** Lives in JUnit's root store, which closes it when the test run ends. */
    private record SharedBrowser(Playwright playwright, Browser browser) implements AutoCloseable {

        static SharedBrowser launch() {
            var playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(EXECUTABLE)
                            .setHeadless(true)
                            .setArgs(ARGUMENTS));
            log.info("Browser tests use {} {}", EXECUTABLE, browser.version());
            return new SharedBrowser(playwright, browser);
        }

        @Override
        public void close() {
            playwright.close();
        }
    }
}

package de.rathaus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.rathaus.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The proof-of-work widget in a real browser, on a test-only form: the script fetches and solves a
 * challenge (in a Web Worker, under the strict CSP), says so in a status region, and the server
 * accepts the solution; without JavaScript the form still sends, without a solution.
 */
@IntegrationTest
class ProofOfWorkWidgetIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void theBrowserSolvesTheChallengeAndTheServerAcceptsIt() {
        Page page = chromium.newPage();
        PageAudit audit = PageAudit.attach(page);
        var workers = new java.util.ArrayList<String>();
        page.onWorker(worker -> workers.add(worker.url()));
        page.navigate(chromium.url(Town.MUSTERSTADT, "/test-only/proof-of-work"));

        var widget = page.locator("[data-proof-of-work]");
        assertThat(widget).hasAttribute("data-state", "ready");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bereit. Sie können absenden.");
        assertThat(page.inputValue("input[name=altcha]")).isNotBlank();
        assertThat(workers).singleElement().satisfies(url -> assertThat(url).endsWith("/js/proof-of-work.js"));
        PageAudit.assertNone(audit.check("proof-of-work form"));

        page.fill("#name", "Erika Mustermann");
        page.click("button[type=submit]");

        assertThat(page.locator("#verdict")).hasText("Valid");
    }

    @Test
    void aSubmitWhileTheBrowserIsStillWorkingWaitsForTheSolution() {
        Page page = chromium.newPage();
        page.navigate(chromium.url(Town.MUSTERDORF, "/test-only/proof-of-work"));

        page.click("button[type=submit]");

        assertThat(page.locator("#verdict")).hasText("Valid");
    }

    @Test
    void withoutJavaScriptTheFormSendsWithoutASolution() {
        Page page = chromium.newPage(options -> options.setJavaScriptEnabled(false));
        page.navigate(chromium.url(Town.MUSTERSTADT, "/test-only/proof-of-work"));

        assertThat(page.getByRole(AriaRole.STATUS)).isEmpty();
        page.click("button[type=submit]");

        assertThat(page.locator("#verdict")).hasText("Missing");
    }
}

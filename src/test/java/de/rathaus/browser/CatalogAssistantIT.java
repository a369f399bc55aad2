package de.rathaus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.rathaus.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Frag die Stadt" in a real browser: a keyboard-only conversation with JavaScript (no reload,
 * answers land in the live region, focus stays in the question field, a follow-up is answered by
 * choosing), axe-scanned at every step, and the same conversation with JavaScript switched off.
 */
@IntegrationTest
class CatalogAssistantIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void aKeyboardOnlyConversationWithJavaScript() {
        Page page = chromium.newPage();
        PageAudit audit = PageAudit.attach(page);
        List<Finding> findings = new ArrayList<>();
        page.navigate(chromium.url(Town.MUSTERSTADT, "/assistent"));
        findings.addAll(audit.check("assistant, empty"));
        page.evaluate("() => { window.notReloaded = true; }");

        tabTo(page, "#frage");
        page.keyboard().type("Wo melde ich meinen Hund an?");
        page.keyboard().press("Enter");
        page.locator("#gespraech .rh-exchange").first().waitFor();

        assertThat(page.locator("#gespraech").getAttribute("aria-live")).isEqualTo("polite");
        assertThat(page.locator("#gespraech .rh-exchange").first().innerText()).contains("Hund anmelden");
        assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("frage");
        assertThat(page.inputValue("#frage")).isEmpty();
        findings.addAll(audit.check("assistant, one answer"));

        page.keyboard().type("Ich ziehe um");
        page.keyboard().press("Enter");
        page.locator("#gespraech .rh-exchange").nth(1).waitFor();
        assertThat(page.locator("#gespraech .rh-exchange").nth(1).innerText()).contains("Was meinen Sie?");
        findings.addAll(audit.check("assistant, follow-up"));

        tabTo(page, "button[value='leistung:wohnsitz-anmelden']");
        page.keyboard().press("Enter");
        page.locator("#gespraech .rh-exchange").nth(2).waitFor();

        assertThat(page.locator("#gespraech .rh-exchange").nth(2).innerText())
                .contains("Dafür ist diese Leistung da: Wohnsitz anmelden");
        assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
        findings.addAll(audit.check("assistant, chosen"));
        PageAudit.assertNone(findings);
    }

    @Test
    void theSameConversationWithoutJavaScript() {
        Page page = chromium.newPage(options -> options.setJavaScriptEnabled(false));
        page.navigate(chromium.url(Town.MUSTERSTADT, "/assistent"));

        page.fill("#frage", "Ich ziehe um");
        page.press("#frage", "Enter");
        page.waitForURL("**/assistent#antwort");
        assertThat(page.locator("#antwort").innerText()).contains("Was meinen Sie?");

        page.click("button[value='leistung:wohnsitz-anmelden']");
        page.waitForLoadState();
        assertThat(page.locator(".rh-exchange"))
                .satisfies(exchanges -> assertThat(exchanges.count()).isEqualTo(2));
        assertThat(page.locator("#antwort").innerText()).contains("Dafür ist diese Leistung da: Wohnsitz anmelden");

        page.fill("#frage", "");
        page.press("#frage", "Enter");
        page.waitForLoadState();
        assertThat(page.locator(".rh-error-summary").innerText()).contains("Geben Sie Ihre Frage ein.");
        assertThat(page.locator(".rh-exchange").count()).isEqualTo(2);
    }

    /** Presses Tab until the element matching the selector has the focus. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 80; i++) {
            if ((Boolean) page.evaluate("s => document.activeElement === document.querySelector(s)", selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + selector);
    }
}

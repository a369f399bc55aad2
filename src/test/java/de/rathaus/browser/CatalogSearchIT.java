package de.rathaus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.rathaus.IntegrationTest;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Searching by keyboard: Tab to the search box, type, Enter, read the hits; every state of the
 * page (empty, hits, corrected, nothing found, second page) passes axe. Also without JavaScript.
 */
@IntegrationTest
class CatalogSearchIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void searchesByKeyboardAndEveryStateOfThePagePassesAxe() {
        Page page = chromium.newPage();
        PageAudit audit = PageAudit.attach(page);
        var findings = new ArrayList<Finding>();

        page.navigate(chromium.url(Town.MUSTERSTADT, "/suche"));
        findings.addAll(audit.check("/suche (empty)"));
        tabTo(page, "q");
        page.keyboard().type("Personalausweis");
        page.keyboard().press("Enter");
        page.waitForURL("**/suche?q=Personalausweis");

        assertThat(page.locator("h2#ergebnisse").innerText()).contains("Ergebnisse für „Personalausweis“");
        assertThat(page.locator(".rh-search-results__title a").first().innerText())
                .isEqualTo("Personalausweis beantragen");
        assertThat(page.locator(".rh-search-results__snippet mark").count()).isPositive();
        findings.addAll(audit.check("/suche?q=Personalausweis"));

        page.navigate(chromium.url(Town.MUSTERSTADT, "/suche?q=hundesteur"));
        assertThat(page.locator(".rh-search__corrected").innerText()).contains("Meinten Sie hundesteuer?");
        findings.addAll(audit.check("/suche?q=hundesteur"));

        page.navigate(chromium.url(Town.MUSTERSTADT, "/suche?q=xqzwv"));
        assertThat(page.locator("h2").first().innerText()).isEqualTo("Keine Ergebnisse für „xqzwv“");
        findings.addAll(audit.check("/suche?q=xqzwv"));

        page.navigate(chromium.url(Town.MUSTERSTADT, "/suche?q=beantragen"));
        page.locator(".rh-pagination").getByText("Nächste Seite").click();
        page.waitForURL("**/suche?q=beantragen&seite=2");
        assertThat(page.locator("[aria-current=page]").innerText()).isEqualTo("2");
        findings.addAll(audit.check("/suche?q=beantragen&seite=2"));

        page.navigate(chromium.url(Town.MUSTERDORF, "/suche?q=Hund&lang=en"));
        findings.addAll(audit.check("musterdorf /suche?q=Hund (English)"));

        PageAudit.assertNone(findings);
    }

    @Test
    void theSearchFormWorksWithoutJavaScript() {
        Page page = chromium.newPage(options -> options.setJavaScriptEnabled(false));

        page.navigate(chromium.url(Town.MUSTERSTADT, "/suche"));
        page.locator("#q").fill("Hund anmelden");
        page.locator("#q").press("Enter");
        page.waitForURL("**/suche?q=Hund+anmelden");

        assertThat(page.locator(".rh-search-results__title a").first().innerText())
                .isEqualTo("Hund anmelden (Hundesteuer)");
        assertThat(page.locator("#q").inputValue()).isEqualTo("Hund anmelden");
    }

    /** Presses Tab until the element with this id has the focus, as a keyboard user would. */
    private static void tabTo(Page page, String id) {
        for (int stop = 0; stop < 30; stop++) {
            page.keyboard().press("Tab");
            if (id.equals(page.evaluate("() => document.activeElement.id"))) {
                return;
            }
        }
        throw new AssertionError("#" + id + " cannot be reached with Tab");
    }
}

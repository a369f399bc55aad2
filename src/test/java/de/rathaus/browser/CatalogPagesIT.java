package de.rathaus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.rathaus.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalogue in a real browser: axe finds nothing on its pages, a citizen goes from the home
 * page's tiles to a service with the keyboard alone, and the filter works without JavaScript.
 */
@IntegrationTest
class CatalogPagesIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void axeFindsNoViolationOnTheCataloguePages() {
        Page page = chromium.newPage();
        PageAudit audit = PageAudit.attach(page);
        List<Finding> findings = new ArrayList<>();
        for (String path : List.of(
                "/",
                "/leistungen",
                "/leistungen?lebenslage=umzug-und-wohnen",
                "/lebenslagen/umzug-und-wohnen",
                "/leistungen/wohnsitz-anmelden",
                "/leistungen/fuehrungszeugnis-beantragen",
                "/aemter",
                "/aemter/buergerbuero",
                "/standorte/rathaus",
                "/fragen",
                "/feiertage",
                "/leistungen/wohnsitz-anmelden?lang=en")) {
            page.navigate(chromium.url(Town.MUSTERSTADT, path));
            findings.addAll(audit.check(path));
        }
        page.navigate(chromium.url(Town.MUSTERDORF, "/?lang=de"));
        findings.addAll(audit.check("Musterdorf /"));
        PageAudit.assertNone(findings);
    }

    @Test
    void aCitizenTabsToALifeSituationTileAndOnToAService() {
        Page page = chromium.newPage();
        page.navigate(chromium.url(Town.MUSTERSTADT, "/"));

        tabTo(page, "el.tagName === 'A' && el.getAttribute('href') === '/lebenslagen/umzug-und-wohnen'");
        page.keyboard().press("Enter");
        page.waitForURL("**/lebenslagen/umzug-und-wohnen");
        assertThat(page.locator("h1").innerText()).isNotBlank();

        tabTo(page, "el.tagName === 'A' && el.getAttribute('href') === '/leistungen/wohnsitz-anmelden'");
        page.keyboard().press("Enter");
        page.waitForURL("**/leistungen/wohnsitz-anmelden");
        assertThat(page.locator("h1").innerText()).startsWith("Wohnsitz anmelden");
        assertThat(page.locator("#naechste-schritte").innerText()).isEqualTo("So geht es weiter");
    }

    @Test
    void theLifeSituationFilterWorksWithoutJavaScript() {
        Page page = chromium.newPage(options -> options.setJavaScriptEnabled(false));
        page.navigate(chromium.url(Town.MUSTERSTADT, "/leistungen"));
        String allCount = page.locator(".rh-result-count").innerText();

        page.locator("#lebenslage").selectOption("umzug-und-wohnen");
        page.locator(".rh-filter button").click();

        page.waitForURL("**/leistungen?lebenslage=umzug-und-wohnen");
        assertThat(page.locator(".rh-result-count").innerText())
                .isNotEqualTo(allCount)
                .contains("Lebenslage");
        assertThat(page.locator("#lebenslage").inputValue()).isEqualTo("umzug-und-wohnen");
        page.locator("a[href='/leistungen/wohnsitz-anmelden']").first().click();
        assertThat(page.locator("h1").innerText()).startsWith("Wohnsitz anmelden");
    }

    private static void tabTo(Page page, String condition) {
        for (int stop = 0; stop < 120; stop++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(
                    page.evaluate("() => { const el = document.activeElement; return " + condition + "; }"))) {
                return;
            }
        }
        throw new AssertionError("No element reachable with Tab matches: " + condition);
    }
}

package de.rathaus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.rathaus.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Progressive enhancement: with JavaScript switched off, pages still render and links still work. */
@IntegrationTest
class WithoutJavaScriptIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private Page pageWithoutJavaScript() {
        return chromium.newPage(options -> options.setJavaScriptEnabled(false));
    }

    @Test
    void homePageRendersAndFooterLinksNavigate() {
        Page page = pageWithoutJavaScript();

        page.navigate(chromium.url(Town.MUSTERSTADT, "/"));
        assertThat(page.locator("h1").innerText()).isEqualTo("Willkommen im digitalen Rathaus Musterstadt");

        page.locator("footer").getByText("Erklärung zur Barrierefreiheit").click();
        assertThat(page.url()).endsWith("/barrierefreiheit");
        assertThat(page.locator("h1").innerText()).isEqualTo("Erklärung zur Barrierefreiheit");

        page.locator("header").getByText("Startseite").click();
        assertThat(page.url()).endsWith("/");
        assertThat(page.locator("h1").innerText()).contains("Musterstadt");
    }

    @Test
    void languageSwitchWorksAsAPlainLink() {
        Page page = pageWithoutJavaScript();

        page.navigate(chromium.url(Town.MUSTERDORF, "/impressum"));
        page.locator("header").getByText("English").click();

        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        page.locator("header").getByText("Home").click();
        assertThat(page.locator("h1").innerText()).contains("Musterdorf");
        assertThat(page.locator("html").getAttribute("lang"))
                .as("the choice is remembered")
                .isEqualTo("en");
    }

    @Test
    void skipLinkMovesToTheContent() {
        Page page = pageWithoutJavaScript();
        page.navigate(chromium.url(Town.MUSTERSTADT, "/datenschutz"));

        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        // the jump to the fragment is a same-document navigation that may land a moment later
        page.waitForURL("**/datenschutz#inhalt", new Page.WaitForURLOptions().setTimeout(5000));

        assertThat(page.url()).endsWith("/datenschutz#inhalt");
    }
}

package de.rathaus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import de.rathaus.IntegrationTest;
import de.rathaus.TestTenants;
import de.rathaus.catalog.model.CatalogDocument;
import de.rathaus.catalog.store.Author;
import de.rathaus.catalog.store.CatalogEditing;
import de.rathaus.catalog.store.CatalogImport;
import de.rathaus.catalog.store.CatalogJson;
import de.rathaus.catalog.store.EntryKind;
import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.TestAccounts;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.login.Base32;
import de.rathaus.identity.login.Totp;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * An editor keeps the catalogue in a browser: list, a form with errors, the preview, the version
 * history and the import page pass axe; a service is edited and saved with the keyboard alone;
 * without JavaScript, "Weitere Gebühr" still adds a fee row. Works in a throw-away town.
 */
@IntegrationTest
class CatalogEditingIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static final Pattern SECRET = Pattern.compile("secret=([A-Z2-7]+)");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    CatalogEditing editing;

    Tenant town;
    Account editor;

    @BeforeEach
    void town() throws IOException {
        town = TestTenants.fresh(context.getBean(Tenants.class));
        CatalogDocument small;
        try (InputStream in = new ClassPathResource("catalog/small-catalog.json").getInputStream()) {
            small = context.getBean(CatalogJson.class).document(in);
        }
        CurrentTenant.runAs(
                town, () -> context.getBean(CatalogImport.class).apply(small, false, Author.system("Test")));
        editor = new TestAccounts(context).staff(town, new RoleGrant(Role.EDITOR, null));
    }

    @Test
    void anEditorKeepsServicesWithKeyboardAndEveryPagePassesAxe() {
        Page page = chromium.newPage();
        PageAudit audit = PageAudit.attach(page);
        var findings = new ArrayList<Finding>();
        signIn(page);

        page.getByText("Leistungen und Fragen pflegen").click();
        page.waitForURL("**/verwaltung/katalog/leistungen");
        PlaywrightAssertions.assertThat(page.locator("tbody tr")).hasCount(3);
        findings.addAll(audit.check("service list"));

        page.getByText("Neue Leistung").first().click();
        page.locator("#slug").fill("hund-anmelden");
        page.locator("#name").fill("Hund anmelden");
        page.locator("[id='fees[0].amount']").fill("zwölf");
        page.locator("form[method='post'] button.rh-button:not([name])").last().click();
        PlaywrightAssertions.assertThat(page.locator(".rh-error-summary")).isVisible();
        assertThat(page.evaluate("() => document.activeElement.classList.contains('rh-error-summary')"))
                .as("the error summary gets the focus")
                .isEqualTo(true);
        PlaywrightAssertions.assertThat(page.locator("#name")).hasValue("Hund anmelden");
        findings.addAll(audit.check("new service with errors"));

        page.locator(".rh-error-summary a[href='#teaser']").click();
        page.locator("#teaser").focus();
        page.keyboard().type("Melden Sie Ihren Hund an.");
        page.locator("[id='fees[0].label']").focus();
        page.keyboard().type("Hundesteuer");
        page.keyboard().press("Tab");
        page.keyboard().press("Control+A");
        page.keyboard().type("90,00");
        page.locator("#office").focus();
        page.keyboard().press("ArrowDown");
        page.locator("button:has-text('Speichern')").focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/verwaltung/katalog/leistungen/*?gespeichert");
        PlaywrightAssertions.assertThat(page.locator(".rh-notification--success"))
                .containsText("Version 1");
        findings.addAll(audit.check("saved service"));

        page.getByText("Vorschau der neuesten Version").click();
        PlaywrightAssertions.assertThat(page.locator(".rh-editing-preview")).containsText("90,00");
        findings.addAll(audit.check("preview"));
        page.locator("button:has-text('Diese Version veröffentlichen')").focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/versionen?veroeffentlicht=1");
        PlaywrightAssertions.assertThat(page.locator("tbody")).containsText("Sichtbar");
        findings.addAll(audit.check("version history"));
        assertThat(CurrentTenant.runAs(town, () -> editing.entryBySlug(EntryKind.SERVICE, "hund-anmelden"))
                        .orElseThrow()
                        .isPublished())
                .isTrue();

        page.navigate(url("/verwaltung/katalog/fragen"));
        findings.addAll(audit.check("question list"));
        page.getByText("Neue Frage").first().click();
        findings.addAll(audit.check("new question"));
        page.navigate(url("/verwaltung/katalog/import"));
        findings.addAll(audit.check("import and export"));

        PageAudit.assertNone(findings);
    }

    @Test
    void withoutJavaScriptAnotherFeeRowStillComes() {
        Page signedIn = chromium.newPage();
        signIn(signedIn);
        Page page = chromium.newPage(options -> options.setJavaScriptEnabled(false));
        page.context().addCookies(signedIn.context().cookies());

        page.navigate(url("/verwaltung/katalog/leistungen/neu"));
        page.locator("#name").fill("Sperrmüll anmelden");
        page.locator("[id='fees[0].label']").fill("Abholung");
        page.getByText("Weitere Gebühr").click();

        PlaywrightAssertions.assertThat(page.locator("[id='fees[1].label']")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("[id='fees[0].label']")).hasValue("Abholung");
        PlaywrightAssertions.assertThat(page.locator("#name")).hasValue("Sperrmüll anmelden");
        assertThat(page.locator(".rh-error-summary").count()).isZero();
    }

    private void signIn(Page page) {
        page.navigate(url("/anmelden"));
        page.locator("input[name='username']").fill(editor.email());
        page.locator("input[name='password']").fill(TestAccounts.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL("**/anmelden/zweiter-faktor");
        Matcher secret = SECRET.matcher(page.locator("a[href^='otpauth:']").getAttribute("href"));
        assertThat(secret.find()).isTrue();
        page.locator("input[name='code']").fill(Totp.codeAt(Base32.decode(secret.group(1)), Instant.now()));
        page.locator("input[name='code']").press("Enter");
        page.waitForURL("**/verwaltung");
    }

    private String url(String path) {
        return "http://" + town.slug() + ".localhost:" + port + path;
    }
}

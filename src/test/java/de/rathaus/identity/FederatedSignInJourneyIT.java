package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import de.rathaus.IntegrationTest;
import de.rathaus.browser.Chromium;
import de.rathaus.browser.Finding;
import de.rathaus.browser.PageAudit;
import de.rathaus.browser.Town;
import de.rathaus.identity.federation.FederationProblem;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signing in with the town's identity provider in a real browser: the redirects to the provider
 * and back pass the Content Security Policy and the cookie rules, and every page on the way meets
 * WCAG 2.1 AA.
 */
@IntegrationTest
class FederatedSignInJourneyIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @BeforeAll
    static void startProvider() {
        TestIdentityProvider.running();
    }

    @Test
    void aCitizenSignsInWithTheTownsProviderAndLandsInTheirAccount() {
        String email = TestAccounts.freshEmail("browser");
        TestIdentityProvider.nextPerson(
                "sub-" + UUID.randomUUID(), Map.of("email", email, "email_verified", true, "name", "Bruno Browser"));
        Page page = chromium.newPage();
        PageAudit audit = PageAudit.attach(page);
        var findings = new ArrayList<Finding>();

        page.navigate(chromium.url(Town.MUSTERSTADT, "/anmelden"));
        findings.addAll(audit.check("login page with a provider"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mit Test-ID anmelden"))
                .click();
        page.waitForURL("**/konto");

        assertThat(page.locator("main").innerText()).contains(email);
        findings.addAll(audit.check("account page after signing in with the provider"));
        PageAudit.assertNone(findings);
    }

    @Test
    void thePagesAboutASignInThatDidNotWorkMeetWcag21AA() {
        Page page = chromium.newPage();
        PageAudit audit = PageAudit.attach(page);
        var findings = new ArrayList<Finding>();

        for (FederationProblem problem : FederationProblem.values()) {
            page.navigate(chromium.url(Town.MUSTERSTADT, "/anmelden/extern?anbieter=testid&grund=" + problem.slug()));
            findings.addAll(audit.check("sign-in problem " + problem));
        }
        Response down = page.navigate(chromium.url(Town.MUSTERDORF, "/oauth2/authorization/landeskonto"));
        findings.addAll(audit.check("provider that is down"));

        assertThat(down.status()).isEqualTo(503);
        PageAudit.assertNone(findings);
    }
}

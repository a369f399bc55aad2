package de.rathaus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.rathaus.IntegrationTest;
import de.rathaus.forms.definition.Access;
import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.forms.library.FormLibrary;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.identity.TestAccounts;
import de.rathaus.identity.TestIdentityProvider;
import de.rathaus.identity.account.Account;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Citizens apply in the browser, with and without JavaScript: Fundsache melden as a guest, Hund
 * anmelden signed in (once with the keyboard only), Anwohnerparkausweis with a failed and a retried
 * payment at the test cash desk. And every page of every demo form, with its errors, passes axe.
 */
@IntegrationTest
class FormsJourneyIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void startProvider() {
        TestIdentityProvider.running();
    }

    private PublishedForm form(String key) {
        var accounts = new TestAccounts(context);
        return CurrentTenant.runAs(
                accounts.musterstadt(),
                () -> context.getBean(FormLibrary.class)
                        .published(key)
                        .orElseThrow(() -> new AssertionError("Musterstadt has no published form " + key)));
    }

    private Page page(boolean javaScript) {
        return chromium.newPage(options -> options.setJavaScriptEnabled(javaScript));
    }

    private void signIn(Page page) {
        var accounts = new TestAccounts(context);
        Account citizen = accounts.citizen(accounts.musterstadt());
        page.navigate(chromium.url(Town.MUSTERSTADT, "/"));
        SignIn.signInAs(page, citizen.requireEmail(), TestAccounts.PASSWORD);
    }

    /**
     * Signs in with Musterstadt's provider "Test-ID", which vouches for the person at level HIGH
     * (its {@code acr} claim), enough for forms that need SUBSTANTIAL or HIGH.
     */
    private void signInWithEid(Page page) {
        TestIdentityProvider.nextPerson(
                "sub-" + UUID.randomUUID(),
                Map.of(
                        "email",
                        TestAccounts.freshEmail("eid"),
                        "email_verified",
                        true,
                        "name",
                        "Erika Eid",
                        "acr",
                        "urn:test:loa:high"));
        page.navigate(chromium.url(Town.MUSTERSTADT, "/anmelden"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mit Test-ID anmelden"))
                .click();
        page.waitForURL("**/konto");
    }

    private String origin() {
        return chromium.url(Town.MUSTERSTADT, "");
    }

    private void apply(String key, boolean javaScript, boolean signedIn, boolean failPaymentFirst) {
        Page page = page(javaScript);
        PageAudit audit = javaScript ? PageAudit.attach(page) : null;
        if (signedIn) {
            signIn(page);
        }
        var walker = new FormsJourneyWalker(page, form(key).definition(), audit);
        walker.startAndAnswer(origin());
        walker.checkDeclareAndSend(signedIn ? null : "finderin@example.org", failPaymentFirst);
        assertThat(page.locator("h1").innerText()).isEqualTo("Ihr Antrag ist eingegangen");
        assertThat(page.locator(".rh-panel__reference").innerText()).isNotBlank();
        PageAudit.assertNone(walker.findings());
    }

    @Test
    void aGuestReportsAFoundItemWithoutJavaScript() {
        apply("fundsache-melden", false, false, false);
    }

    @Test
    void aGuestReportsAFoundItemWithJavaScript() {
        apply("fundsache-melden", true, false, false);
    }

    @Test
    void aCitizenRegistersADogWithoutJavaScript() {
        apply("hund-anmelden", false, true, false);
    }

    @Test
    void aCitizenRegistersADogWithTheKeyboardOnly() {
        Page page = page(true);
        PageAudit audit = PageAudit.attach(page);
        signIn(page);
        var walker = new FormsJourneyWalker(page, form("hund-anmelden").definition(), audit).withKeyboard();
        walker.startAndAnswer(origin());
        walker.checkDeclareAndSend(null, false);
        assertThat(page.locator("h1").innerText()).isEqualTo("Ihr Antrag ist eingegangen");
        PageAudit.assertNone(walker.findings());
    }

    @Test
    void aResidentsParkingPermitIsPaidAfterAFailedPaymentWithoutJavaScript() {
        apply("anwohnerparkausweis", false, true, true);
    }

    @Test
    void aResidentsParkingPermitIsPaidAfterAFailedPaymentWithJavaScript() {
        apply("anwohnerparkausweis", true, true, true);
    }

    /**
     * Every page of every demo form of Musterstadt, each question page also with its errors. Forms
     * that need a login stronger than a password (SUBSTANTIAL, HIGH) are scanned first at the page
     * that explains which login they need, then walked after signing in with the provider at HIGH,
     * to the confirmation.
     */
    @Test
    void everyPageOfEveryDemoFormPassesAxeAlsoWithErrors() {
        var accounts = new TestAccounts(context);
        List<PublishedForm> forms = CurrentTenant.runAs(
                accounts.musterstadt(), () -> context.getBean(FormLibrary.class).published());
        assertThat(forms)
                .extracting(PublishedForm::key)
                .contains("fundsache-melden", "hund-anmelden", "anwohnerparkausweis");
        var findings = new ArrayList<Finding>();
        var visited = new ArrayList<String>();
        for (PublishedForm published : forms) {
            FormDefinition form = published.definition();
            Page page = page(true);
            PageAudit audit = PageAudit.attach(page);
            var walker =
                    new FormsJourneyWalker(page, form, audit).showingErrors().answeringYes();
            if (form.access() == Access.BASIC) {
                signIn(page);
            }
            if (form.access() == Access.ANONYMOUS || form.access() == Access.BASIC) {
                walker.startAndAnswer(origin());
                walker.checkDeclareAndSend(form.access() == Access.ANONYMOUS ? "gast@example.org" : null, false);
            } else {
                page.navigate(origin() + "/antrag/" + form.key());
                walker.scan("Startseite ohne Anmeldung");
                signIn(page);
                page.navigate(origin() + "/antrag/" + form.key());
                walker.scan("Startseite mit zu schwacher Anmeldung");
                Page strong = page(true);
                signInWithEid(strong);
                var strongWalker = new FormsJourneyWalker(strong, form, PageAudit.attach(strong))
                        .showingErrors()
                        .answeringYes();
                strongWalker.startAndAnswer(origin());
                strongWalker.checkDeclareAndSend(null, false);
                findings.addAll(strongWalker.findings());
                strongWalker.visited().forEach(label -> visited.add(form.key() + ": " + label));
            }
            findings.addAll(walker.findings());
            walker.visited().forEach(label -> visited.add(form.key() + ": " + label));
        }
        assertThat(visited).anyMatch(label -> label.contains("mit Fehlern"));
        assertThat(visited)
                .contains(
                        "gewerbeanmeldung: Antrag absenden mit Fehlern",
                        "meldebescheinigung: Antrag absenden mit Fehlern");
        PageAudit.assertNone(findings);
    }
}

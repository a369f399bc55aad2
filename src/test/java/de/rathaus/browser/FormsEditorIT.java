package de.rathaus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import de.rathaus.IntegrationTest;
import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.draft.Drafts;
import de.rathaus.forms.editor.TestFormDocuments;
import de.rathaus.forms.library.FormEditing;
import de.rathaus.forms.library.FormLibrary;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.forms.submission.NewSubmission;
import de.rathaus.forms.submission.PaymentState;
import de.rathaus.forms.submission.Submissions;
import de.rathaus.identity.TestAccounts;
import de.rathaus.identity.account.Account;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The form editor and "Meine Anträge" in a browser: every page and state passes axe (with errors,
 * with the live preview, the version page, a refused import, the account with applications, the
 * question before deleting a draft); the preview follows the typing; Tab indents the JSON.
 */
@IntegrationTest
class FormsEditorIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static final String DEMO_PASSWORD = "Rathaus-Demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    FormEditing editing;

    @Autowired
    FormLibrary library;

    @Autowired
    Drafts drafts;

    @Autowired
    Submissions submissions;

    @Test
    void anEditorWritesChecksPreviewsAndPublishesAFormAndEveryPagePassesAxe() {
        Page page = chromium.newPage();
        PageAudit audit = PageAudit.attach(page);
        var findings = new ArrayList<Finding>();
        page.navigate(chromium.url(Town.MUSTERSTADT, "/"));
        SignIn.signInAs(page, "redaktion@musterstadt.example", DEMO_PASSWORD);
        String key = TestFormDocuments.freshKey();

        page.navigate(chromium.url(Town.MUSTERSTADT, "/verwaltung"));
        page.getByText("Formulare pflegen").click();
        page.waitForURL("**/verwaltung/formulare");
        findings.addAll(audit.check("form list"));

        page.getByText("Neues Formular").first().click();
        page.waitForURL("**/verwaltung/formulare/neu");
        PlaywrightAssertions.assertThat(page.locator("#vorschau")).containsText("Ihr Name");
        findings.addAll(audit.check("new form"));

        page.locator("#definition").fill("{\"format\": \"rathaus-form/1\", \"key\": ");
        page.locator("button[value='pruefen']").click();
        PlaywrightAssertions.assertThat(page.locator(".rh-error-summary")).isVisible();
        assertThat(page.evaluate("() => document.activeElement.classList.contains('rh-error-summary')"))
                .as("the error summary gets the focus")
                .isEqualTo(true);
        PlaywrightAssertions.assertThat(page.locator("#definition"))
                .hasValue("{\"format\": \"rathaus-form/1\", \"key\": ");
        findings.addAll(audit.check("editor with problems"));

        // the preview follows the text without a reload (htmx)
        page.locator("#definition").fill(TestFormDocuments.document(key));
        PlaywrightAssertions.assertThat(page.locator("#vorschau")).containsText("Name der Katze");
        PlaywrightAssertions.assertThat(page.locator("#vorschau fieldset[disabled]"))
                .hasCount(2);
        findings.addAll(audit.check("editor with live preview"));

        page.locator("button[value='speichern']").click();
        page.waitForURL("**/verwaltung/formulare/*?gespeichert=1");
        PlaywrightAssertions.assertThat(page.locator(".rh-notification--success"))
                .containsText("Version 1");
        findings.addAll(audit.check("saved form"));

        page.locator("button:has-text('Version 1 veröffentlichen')").click();
        page.waitForURL("**/verwaltung/formulare/*?veroeffentlicht=1");
        findings.addAll(audit.check("published form"));
        assertThat(CurrentTenant.runAs(musterstadt(), () -> library.published(key)))
                .isPresent();

        page.locator("table a:has-text('Ansehen')").first().click();
        page.waitForURL("**/versionen/1");
        findings.addAll(audit.check("version page"));

        page.navigate(chromium.url(Town.MUSTERSTADT, "/verwaltung/formulare/import"));
        findings.addAll(audit.check("import page"));
        page.locator("#datei")
                .setInputFiles(new FilePayload(
                        "katze.json",
                        "application/json",
                        TestFormDocuments.document(TestFormDocuments.freshKey())
                                .replace("\"title\": \"Ihre Katze\",", "")
                                .getBytes(StandardCharsets.UTF_8)));
        page.locator("button:has-text('Importieren')").click();
        PlaywrightAssertions.assertThat(page.locator(".rh-error-summary")).containsText("Nichts wurde importiert");
        findings.addAll(audit.check("refused import"));

        PageAudit.assertNone(findings);
    }

    @Test
    void tabIndentsTheJsonAndEscapeThenTabLeavesTheBox() {
        Page page = chromium.newPage();
        page.navigate(chromium.url(Town.MUSTERSTADT, "/"));
        SignIn.signInAs(page, "redaktion@musterstadt.example", DEMO_PASSWORD);
        page.navigate(chromium.url(Town.MUSTERSTADT, "/verwaltung/formulare/neu"));

        page.locator("#definition").fill("{}");
        page.locator("#definition").focus();
        page.keyboard().press("End");
        page.keyboard().press("Tab");
        PlaywrightAssertions.assertThat(page.locator("#definition")).hasValue("{}  ");
        page.keyboard().press("Escape");
        page.keyboard().press("Tab");

        assertThat(page.evaluate("() => document.activeElement.id")).isNotEqualTo("definition");
        PlaywrightAssertions.assertThat(page.locator("#definition")).hasValue("{}  ");
    }

    @Test
    void aCitizensApplicationsAndTheDeleteQuestionPassAxe() {
        Tenant musterstadt = musterstadt();
        Account citizen = new TestAccounts(context).citizen(musterstadt);
        PublishedForm form = CurrentTenant.runAs(
                musterstadt, () -> TestFormDocuments.publish(editing, library, TestFormDocuments.freshKey()));
        CurrentTenant.runAs(musterstadt, () -> {
            drafts.startForApplicant(form, citizen.pseudonym(), Answers.empty());
            submissions.submit(new NewSubmission(
                    UUID.randomUUID().toString(),
                    form,
                    Answers.empty(),
                    citizen.pseudonym(),
                    null,
                    new PaymentState.Paid(new BigDecimal("37.00"), UUID.randomUUID(), "testkasse")));
        });
        Page page = chromium.newPage();
        PageAudit audit = PageAudit.attach(page);
        var findings = new ArrayList<Finding>();
        page.navigate(chromium.url(Town.MUSTERSTADT, "/"));
        SignIn.signInAs(page, citizen.email(), TestAccounts.PASSWORD);

        page.navigate(chromium.url(Town.MUSTERSTADT, "/konto"));
        PlaywrightAssertions.assertThat(page.locator("#antraege")).hasText("Meine Anträge");
        findings.addAll(audit.check("account with applications"));
        page.locator("a:has-text('Entwurf löschen')").click();
        page.waitForURL("**/konto/entwuerfe/*/loeschen");
        findings.addAll(audit.check("delete draft question"));
        page.locator("button:has-text('Ja, Entwurf löschen')").click();
        page.waitForURL("**/konto?entwurf-geloescht*");
        PlaywrightAssertions.assertThat(page.locator(".rh-notification--success"))
                .containsText("Entwurf gelöscht");
        findings.addAll(audit.check("account after deleting the draft"));

        PageAudit.assertNone(findings);
    }

    private Tenant musterstadt() {
        return new TestAccounts(context).musterstadt();
    }
}

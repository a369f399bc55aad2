package de.rathaus.forms.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.draft.Draft;
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
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** "Meine Anträge" on /konto: each citizen sees their own drafts and submissions, never another's. */
@IntegrationTest
class MyApplicationsIT {

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

    TestAccounts accounts;
    Tenant musterstadt;
    PublishedForm form;

    @BeforeEach
    void form() {
        accounts = new TestAccounts(context);
        musterstadt = accounts.musterstadt();
        form = in(() -> TestFormDocuments.publish(editing, library, TestFormDocuments.freshKey()));
    }

    @Test
    void aCitizenSeesOwnDraftsAndSubmissionsOnly() {
        Account erika = accounts.citizen(musterstadt);
        Account max = accounts.citizen(musterstadt);
        Draft erikasDraft = in(() -> drafts.startForApplicant(form, erika.pseudonym(), Answers.empty()));
        Draft maxsDraft = in(() -> drafts.startForApplicant(form, max.pseudonym(), Answers.empty()));
        Submissions.Submitted erikasPaid =
                submit(erika, new PaymentState.Paid(new BigDecimal("37.00"), UUID.randomUUID(), "testkasse"));
        Submissions.Submitted erikasInvoiced =
                submit(erika, new PaymentState.Invoiced(new BigDecimal("37.00"), UUID.randomUUID(), "KZ-2026-0815"));
        Submissions.Submitted maxs = submit(max, new PaymentState.NoFee());

        Visitor browser = signedIn(erika);
        HttpResponse<String> page = browser.get("/konto");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Meine Anträge", "Angefangene Anträge", "Gesendete Anträge", "Katze anmelden (Test)")
                .contains("Weiter ausfüllen", erikasDraft.path())
                .contains("/konto/entwuerfe/" + erikasDraft.id() + "/loeschen")
                .contains(erikasPaid.reference(), erikasInvoiced.reference())
                .contains("Bezahlt: 37,00 €", "Rechnung über 37,00 € (Kassenzeichen KZ-2026-0815)")
                .contains("/antrag/eingang/" + erikasPaid.id() + "/quittung")
                .doesNotContain(
                        maxsDraft.id().toString(), maxs.reference(), maxs.id().toString())
                .doesNotContain("Sie haben noch keinen Antrag gestellt.")
                .as("no notice of a deletion nobody made, nor of a password change")
                .doesNotContain("Entwurf gelöscht", "Passwort geändert");
    }

    @Test
    void aCitizenDeletesOwnDraftAfterConfirmingButNobodyElses() {
        Account erika = accounts.citizen(musterstadt);
        Account max = accounts.citizen(musterstadt);
        Draft erikasDraft = in(() -> drafts.startForApplicant(form, erika.pseudonym(), Answers.empty()));
        Draft maxsDraft = in(() -> drafts.startForApplicant(form, max.pseudonym(), Answers.empty()));
        Visitor browser = signedIn(erika);
        String erikasPath = "/konto/entwuerfe/" + erikasDraft.id() + "/loeschen";
        String maxsPath = "/konto/entwuerfe/" + maxsDraft.id() + "/loeschen";

        assertThat(browser.get(maxsPath).statusCode()).isEqualTo(404);
        HttpResponse<String> question = browser.get(erikasPath);
        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.body()).contains("Möchten Sie diesen Entwurf löschen?", "Katze anmelden (Test)");
        assertThat(browser.post(maxsPath, Map.of()).statusCode()).isEqualTo(404);
        assertThat(in(() -> drafts.find(maxsDraft.id(), max.pseudonym(), null))).isPresent();

        HttpResponse<String> deleted = browser.post(erikasPath, Map.of());

        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(deleted)).isEqualTo("/konto?entwurf-geloescht#antraege");
        assertThat(in(() -> drafts.find(erikasDraft.id(), erika.pseudonym(), null)))
                .isEmpty();
        assertThat(browser.get("/konto?entwurf-geloescht").body())
                .contains("Entwurf gelöscht", "Sie haben noch keinen Antrag gestellt.");
        assertThat(browser.post(erikasPath, Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void aNewCitizenIsPointedToTheServices() {
        Visitor browser = signedIn(accounts.citizen(musterstadt));

        assertThat(browser.get("/konto").body())
                .contains("Meine Anträge", "Sie haben noch keinen Antrag gestellt.", "href=\"/leistungen\"")
                .doesNotContain("Gesendete Anträge");
    }

    @Test
    void staffStillHaveTheirAccountPageWithoutApplications() {
        Visitor editor = new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.141");
        editor.signIn("redaktion@musterstadt.example", "Rathaus-Demo-2026");

        HttpResponse<String> page = editor.get("/konto");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Mein Konto", "Zur Verwaltung").doesNotContain("Meine Anträge");
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        Draft draft = in(() -> drafts.startForApplicant(form, UUID.randomUUID(), Answers.empty()));
        Visitor anonymous = new Visitor(port, "localhost");

        assertThat(anonymous.get("/konto/entwuerfe/" + draft.id() + "/loeschen").statusCode())
                .isEqualTo(302);
        assertThat(in(() -> drafts.find(draft.id(), draft.applicant(), null))).isPresent();
    }

    private Submissions.Submitted submit(Account applicant, PaymentState payment) {
        return in(() -> submissions.submit(new NewSubmission(
                UUID.randomUUID().toString(), form, Answers.empty(), applicant.pseudonym(), null, payment)));
    }

    private Visitor signedIn(Account citizen) {
        Visitor browser = new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.140");
        assertThat(browser.signIn(citizen.email(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(302);
        return browser;
    }

    private <T> T in(Supplier<T> work) {
        return CurrentTenant.runAs(musterstadt, work);
    }
}

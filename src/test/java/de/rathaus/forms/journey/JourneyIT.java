package de.rathaus.forms.journey;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.identity.Mailbox;
import de.rathaus.identity.TestAccounts;
import de.rathaus.identity.account.Account;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The citizen journey through an application, as a browser without JavaScript walks it. */
@IntegrationTest
class JourneyIT {

    @RegisterExtension
    static final Mailbox mailbox = new Mailbox();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void forms() {
        JourneyForms.publish(context);
    }

    /** A visitor from an address of its own, so the guest rate limits of one test do not touch another. */
    Visitor guest() {
        var random = ThreadLocalRandom.current();
        return new Visitor(port, "localhost")
                .withHeader(
                        "X-Forwarded-For",
                        "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    Visitor citizen() {
        Visitor visitor = guest();
        Account account = new TestAccounts(context).citizen(new TestAccounts(context).musterstadt());
        assertThat(visitor.signIn(account.requireEmail(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(302);
        return visitor;
    }

    /** Starts a draft; returns its base path {@code /antrag/<key>/<id>}. */
    static String start(Visitor visitor, String key) {
        assertThat(visitor.get("/antrag/" + key).body()).contains("Jetzt starten");
        HttpResponse<String> started = visitor.post("/antrag/" + key, Map.of());
        assertThat(started.statusCode()).isEqualTo(302);
        return Visitor.location(started).replaceFirst("/weiter$", "");
    }

    static HttpResponse<String> page(Visitor visitor, String path, Map<String, String> fields) {
        return visitor.submit(path, fields);
    }

    static Map<String, String> validRest() {
        var fields = new HashMap<String, String>();
        fields.put("feld-anschrift-street", "Marktplatz 1");
        fields.put("feld-anschrift-postcode", "86150");
        fields.put("feld-anschrift-city", "Musterstadt");
        fields.put("feld-gegenstaende-anzahl", "1");
        fields.put("feld-gegenstaende-0-gegenstand", "Schrank");
        fields.put("feld-gegenstaende-0-stueck", "2");
        return fields;
    }

    /** Answers every page validly; ends on the check page. */
    static void fillIn(Visitor visitor, String base) {
        assertThat(Visitor.location(page(visitor, base + "/texte", Map.of("feld-name", "Erika Mustermann"))))
                .isEqualTo(base + "/auswahl");
        assertThat(Visitor.location(page(visitor, base + "/auswahl", Map.of("feld-groesse", "klein"))))
                .isEqualTo(base + "/rest");
        assertThat(Visitor.location(page(visitor, base + "/rest", validRest()))).isEqualTo(base + "/pruefen");
    }

    @Test
    void aGuestAppliesAndADoubleClickSendsOnce() {
        Visitor visitor = guest();
        String base = start(visitor, JourneyForms.GUEST);
        assertThat(visitor.cookie("RATHAUS_ENTWURF")).isPresent();
        assertThat(Visitor.location(visitor.get(base + "/weiter"))).isEqualTo(base + "/texte");

        fillIn(visitor, base);
        String check = visitor.get(base + "/pruefen").body();
        assertThat(check)
                .contains(
                        "Ihre Angaben prüfen",
                        "Erika Mustermann",
                        "Marktplatz 1, 86150 Musterstadt",
                        "Gegenstände 1: Gegenstand",
                        "Schrank",
                        "Ändern");
        assertThat(check).doesNotContain("37,00 €");

        HttpResponse<String> refused = page(visitor, base + "/absenden", Map.of("email", "ida@example.org"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Fehler: Antrag absenden", "href=\"#bestaetigt\"");

        var declaration = Map.of("bestaetigt", "ja", "email", "ida@example.org");
        HttpResponse<String> sent = visitor.post(base + "/absenden", declaration);
        assertThat(sent.statusCode()).isEqualTo(302);
        String confirmation = Visitor.location(sent);
        assertThat(confirmation).startsWith("/antrag/eingang/").contains("?zugang=");

        HttpResponse<String> again = visitor.post(base + "/absenden", declaration);
        assertThat(Visitor.location(again))
                .as("a second click finds the same submission")
                .isEqualTo(confirmation);

        String confirmed = visitor.get(confirmation).body();
        assertThat(confirmed)
                .contains("Ihr Antrag ist eingegangen", "Wir melden uns.", "ida@example.org", "/quittung?zugang=");
        assertThat(guest().get(confirmation.replaceFirst("zugang=.*", "zugang=falsch"))
                        .statusCode())
                .isEqualTo(404);
        String submissionId = confirmation.replaceFirst("/antrag/eingang/([^?]+).*", "$1");
        assertThat(jdbc.sql("select count(*) from forms.submission where id = ?::uuid")
                        .param(submissionId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(visitor.get(base + "/texte").statusCode())
                .as("the draft is gone")
                .isEqualTo(404);
    }

    @Test
    void everyErrorIsSummarisedLinkedAndWhatWasTypedIsShownAgain() {
        Visitor visitor = guest();
        String base = start(visitor, JourneyForms.GUEST);
        var typed = new HashMap<String, String>();
        typed.put("feld-name", "");
        typed.put("feld-betrag", "12,5x");
        typed.put("feld-anzahl", "99");
        typed.put("feld-geburtsdatum", "31");
        typed.put("feld-geburtsdatum-monat", "2");
        typed.put("feld-geburtsdatum-jahr", "2001");
        typed.put("feld-email", "keine-adresse");
        typed.put("feld-iban", "DE00 1234");
        HttpResponse<String> refused = page(visitor, base + "/texte", typed);

        assertThat(refused.statusCode()).isEqualTo(400);
        String body = refused.body();
        assertThat(body).contains("<title>Fehler: Texte", "Es gibt ein Problem");
        assertThat(body)
                .contains(
                        "href=\"#feld-name\"",
                        "href=\"#feld-betrag\"",
                        "href=\"#feld-anzahl\"",
                        "href=\"#feld-geburtsdatum\"",
                        "href=\"#feld-email\"",
                        "href=\"#feld-iban\"");
        assertThat(body).contains("id=\"feld-name-error\"", "aria-invalid=\"true\"");
        assertThat(body).contains("value=\"12,5x\"", "value=\"31\"", "value=\"keine-adresse\"", "value=\"DE001234\"");

        String reopened = visitor.get(base + "/texte").body();
        assertThat(reopened).as("answers are saved also with errors").contains("value=\"12,5x\"");

        HttpResponse<String> corrected =
                page(visitor, base + "/texte", Map.of("feld-name", "Erika", "feld-betrag", "12,50"));
        assertThat(Visitor.location(corrected)).isEqualTo(base + "/auswahl");
        assertThat(visitor.get(base + "/texte").body()).contains("value=\"12,50\"");
    }

    @Test
    void conditionalPagesAreSkippedAndConditionalFieldsAsked() {
        Visitor visitor = guest();
        String base = start(visitor, JourneyForms.GUEST);
        page(visitor, base + "/texte", Map.of("feld-name", "Erika"));

        HttpResponse<String> withB =
                page(visitor, base + "/auswahl", Map.of("feld-groesse", "gross", "feld-extras", "b"));
        assertThat(Visitor.location(withB)).isEqualTo(base + "/extra-b");
        assertThat(visitor.get(base + "/extra-b").body())
                .contains("href=\"/antrag/test-gast/" + base.substring(base.lastIndexOf('/') + 1) + "/auswahl\"");

        HttpResponse<String> withoutB =
                page(visitor, base + "/auswahl", Map.of("feld-groesse", "gross", "feld-extras", "a"));
        assertThat(Visitor.location(withoutB)).as("the page for B is skipped").isEqualTo(base + "/rest");
        assertThat(Visitor.location(visitor.get(base + "/extra-b"))).isEqualTo(base + "/weiter");

        HttpResponse<String> express =
                page(visitor, base + "/auswahl", Map.of("feld-groesse", "gross", "feld-express", "ja"));
        assertThat(express.statusCode())
                .as("the reason is asked once express is chosen")
                .isEqualTo(400);
        assertThat(express.body()).contains("href=\"#feld-grund\"");
    }

    @Test
    void groupEntriesAreAddedAndRemovedWithoutJavaScript() {
        Visitor visitor = guest();
        String base = start(visitor, JourneyForms.GUEST);
        var fields = validRest();
        fields.put("aktion", "hinzufuegen:/gegenstaende");
        HttpResponse<String> added = page(visitor, base + "/rest", fields);
        assertThat(Visitor.location(added)).isEqualTo(base + "/rest");
        String twoEntries = visitor.get(base + "/rest").body();
        assertThat(twoEntries)
                .contains("id=\"feld-gegenstaende-1-gegenstand\"", "value=\"Schrank\"", "value=\"Marktplatz 1\"");

        var two = validRest();
        two.put("feld-gegenstaende-anzahl", "2");
        two.put("feld-gegenstaende-1-gegenstand", "Sofa");
        two.put("feld-gegenstaende-1-stueck", "1");
        two.put("aktion", "entfernen:/gegenstaende/0");
        page(visitor, base + "/rest", two);
        String afterRemoval = visitor.get(base + "/rest").body();
        assertThat(afterRemoval)
                .contains("value=\"Sofa\"")
                .doesNotContain("value=\"Schrank\"")
                .doesNotContain("feld-gegenstaende-1-gegenstand");
    }

    @Test
    void aRefusedUploadKeepsTheOtherAnswersAndAGoodOneCanBeRemoved() {
        Visitor visitor = guest();
        String base = start(visitor, JourneyForms.GUEST);
        visitor.get(base + "/rest");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        HttpResponse<String> wrongType =
                visitor.postMultipart(base + "/rest", validRest(), "feld-nachweis", "foto.pdf", png);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body())
                .contains(
                        "Diese Datei können wir nicht annehmen",
                        "href=\"#feld-nachweis\"",
                        "value=\"Marktplatz 1\"",
                        "value=\"Schrank\"");

        byte[] tooBig = new byte[6 * 1024 * 1024];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, tooBig, 0, header.length);
        HttpResponse<String> large =
                visitor.postMultipart(base + "/rest", validRest(), "feld-nachweis", "gross.pdf", tooBig);
        assertThat(large.statusCode()).isEqualTo(400);
        assertThat(large.body()).contains("Die Datei ist zu groß. Wählen Sie eine Datei bis 5 MB aus.");

        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> stored =
                visitor.postMultipart(base + "/rest", validRest(), "feld-nachweis", "nachweis.pdf", pdf);
        assertThat(Visitor.location(stored)).isEqualTo(base + "/pruefen");
        String page = visitor.get(base + "/rest").body();
        assertThat(page).contains("nachweis.pdf", "Datei entfernen");

        var remove = validRest();
        remove.put("aktion", "entfernen:/nachweis");
        page(visitor, base + "/rest", remove);
        assertThat(visitor.get(base + "/rest").body()).doesNotContain("nachweis.pdf");
    }

    @Test
    void formsThatNeedASignInTellGuestsAndWeakLoginsWhatToDo() {
        Visitor visitor = guest();
        String start = visitor.get("/antrag/" + JourneyForms.ACCOUNT).body();
        assertThat(start)
                .contains("Bitte melden Sie sich an", "/antrag/test-konto/anmelden")
                .doesNotContain("Jetzt starten");
        assertThat(visitor.post("/antrag/" + JourneyForms.ACCOUNT, Map.of()).statusCode())
                .isEqualTo(403);
        HttpResponse<String> toLogin = visitor.get("/antrag/" + JourneyForms.ACCOUNT + "/anmelden");
        assertThat(Visitor.location(toLogin)).isEqualTo("/anmelden");

        Visitor citizen = citizen();
        String high = citizen.get("/antrag/" + JourneyForms.HIGH).body();
        assertThat(high)
                .contains("Sie brauchen eine sicherere Anmeldung", "Online-Ausweis")
                .doesNotContain("Jetzt starten");
        assertThat(citizen.post("/antrag/" + JourneyForms.HIGH, Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(citizen.get("/antrag/" + JourneyForms.ACCOUNT).body()).contains("Jetzt starten");
    }

    @Test
    void aDraftOpensOnlyForItsOwner() {
        Visitor owner = guest();
        String guestDraft = start(owner, JourneyForms.GUEST);
        assertThat(guest().get(guestDraft + "/texte").statusCode()).isEqualTo(404);
        assertThat(guest().withCookie("RATHAUS_ENTWURF", "geraten")
                        .get(guestDraft + "/texte")
                        .statusCode())
                .isEqualTo(404);
        assertThat(citizen().get(guestDraft + "/texte").statusCode()).isEqualTo(404);

        Visitor citizen = citizen();
        String accountDraft = start(citizen, JourneyForms.ACCOUNT);
        assertThat(citizen.get(accountDraft + "/texte").statusCode()).isEqualTo(200);
        assertThat(citizen().get(accountDraft + "/texte").statusCode()).isEqualTo(404);
        assertThat(citizen().get(accountDraft + "/pruefen").statusCode()).isEqualTo(404);
        assertThat(new Visitor(port, "musterdorf.localhost")
                        .get(guestDraft + "/texte")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aGuestsResumeLinkWorksOnceAndEachSaveReplacesIt() {
        Visitor visitor = guest();
        String base = start(visitor, JourneyForms.GUEST);
        String email = TestAccounts.freshEmail("gast");
        var save = new HashMap<String, String>(Map.of("feld-name", "Erika", "aktion", "speichern"));
        assertThat(Visitor.location(page(visitor, base + "/texte", save))).isEqualTo(base + "/gespeichert");
        assertThat(page(visitor, base + "/gespeichert", Map.of("email", "kaputt"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(visitor.post(base + "/gespeichert", Map.of("email", email)).body())
                .contains("Wir haben Ihnen einen Link geschickt", "Link ungültig machen");
        String first = mailbox.first(email).link("/antrag/fortsetzen?token=");

        page(visitor, base + "/texte", save);
        page(visitor, base + "/gespeichert", Map.of("email", email));
        Mailbox.Mail secondMail = mailbox.next(email, 2);
        String second = secondMail.link("/antrag/fortsetzen?token=");
        assertThat(guest().get(first).statusCode())
                .as("a new link replaces the old one")
                .isEqualTo(404);

        Visitor elsewhere = guest();
        assertThat(elsewhere.get(second).body()).contains("Weiter ausfüllen");
        HttpResponse<String> resumed = elsewhere.post("/antrag/fortsetzen", Map.of("token", token(second)));
        assertThat(Visitor.location(resumed)).isEqualTo(base + "/weiter");
        assertThat(elsewhere.get(base + "/texte").body()).contains("value=\"Erika\"");
        assertThat(guest().get(second).statusCode()).as("the link works once").isEqualTo(404);
        assertThat(visitor.get(base + "/texte").statusCode())
                .as("the old cookie stops working")
                .isEqualTo(404);

        page(elsewhere, base + "/texte", save);
        page(elsewhere, base + "/gespeichert", Map.of("email", email));
        String third = mailbox.next(email, 3).link("/antrag/fortsetzen?token=");
        String revoke = mailbox.next(email, 3).link("/antrag/fortsetzen/ungueltig?token=");
        Visitor mailReader = guest();
        assertThat(mailReader.get(revoke).body()).contains("Link ungültig machen");
        assertThat(mailReader
                        .post("/antrag/fortsetzen/ungueltig", Map.of("token", token(revoke)))
                        .body())
                .contains("Der Link ist jetzt ungültig");
        assertThat(guest().get(third).statusCode()).as("a revoked link").isEqualTo(404);

        page(elsewhere, base + "/texte", save);
        page(elsewhere, base + "/gespeichert", Map.of("email", email));
        String fourth = mailbox.next(email, 4).link("/antrag/fortsetzen?token=");
        jdbc.sql("update forms.draft set resume_expires_at = now() - interval '1 second' where id = ?::uuid")
                .param(base.substring(base.lastIndexOf('/') + 1))
                .update();
        assertThat(guest().get(fourth).statusCode()).as("an expired link").isEqualTo(404);
    }

    private static String token(String link) {
        return java.net.URLDecoder.decode(link.replaceFirst(".*[?&]token=", ""), StandardCharsets.UTF_8);
    }

    @Test
    void aSignedInCitizenSavesAndFindsTheDraftOnTheStartPage() {
        Visitor citizen = citizen();
        String base = start(citizen, JourneyForms.ACCOUNT);
        page(citizen, base + "/texte", Map.of("feld-name", "Erika", "aktion", "speichern"));
        assertThat(citizen.get(base + "/gespeichert").body()).contains("Ihr Entwurf ist gespeichert", "/konto");
        assertThat(citizen.get("/antrag/" + JourneyForms.ACCOUNT).body())
                .contains("Weiter ausfüllen", base + "/weiter");
        assertThat(Visitor.location(citizen.get(base + "/weiter"))).isEqualTo(base + "/texte");
    }

    @Test
    void guestsWithoutProofOfWorkMeetAStricterLimitAndKeepTheirDraft() {
        Visitor visitor = guest();
        String last = null;
        HttpResponse<String> sent = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            last = start(visitor, JourneyForms.GUEST);
            fillIn(visitor, last);
            sent = page(visitor, last + "/absenden", Map.of("bestaetigt", "ja"));
            if (sent.statusCode() == 429) {
                break;
            }
            assertThat(sent.statusCode()).isEqualTo(302);
        }
        assertThat(sent.statusCode())
                .as("the sixth application without proof of work within an hour")
                .isEqualTo(429);
        assertThat(sent.headers().firstValue("Retry-After")).isPresent();
        assertThat(visitor.get(last + "/pruefen").statusCode())
                .as("the draft is kept")
                .isEqualTo(200);
    }

    @Test
    void payingByInvoiceSendsTheApplicationWithAKassenzeichen() {
        Visitor citizen = citizen();
        String base = start(citizen, JourneyForms.ACCOUNT);
        fillIn(citizen, base);
        page(citizen, base + "/absenden", Map.of("bestaetigt", "ja"));
        citizen.get(base + "/bezahlen");
        HttpResponse<String> sent = citizen.post(base + "/bezahlen", Map.of("methode", "rechnung"));
        String confirmation = Visitor.location(sent);
        assertThat(confirmation).startsWith("/antrag/eingang/");
        String submissionId = confirmation.substring(confirmation.lastIndexOf('/') + 1);
        assertThat(jdbc.sql(
                                "select payment_kind || ' ' || coalesce(kassenzeichen, '') from forms.submission where id = ?::uuid")
                        .param(submissionId)
                        .query(String.class)
                        .single())
                .startsWith("INVOICED ")
                .hasSizeGreaterThan("INVOICED ".length());
    }

    @Test
    void theAccountsNameAndAddressArePrefilled() {
        Visitor visitor = guest();
        Account account = new TestAccounts(context).citizen(new TestAccounts(context).musterstadt());
        visitor.signIn(account.requireEmail(), TestAccounts.PASSWORD);
        String base = start(visitor, "hund-anmelden");
        assertThat(visitor.get(base + "/halter").body())
                .contains(
                        "value=\"Test Bürgerin\"",
                        "value=\"" + account.requireEmail() + "\"",
                        "autocomplete=\"name\"",
                        "autocomplete=\"email\"",
                        "autocomplete=\"postal-code\"");
    }

    @Test
    void aFailedPaymentCanBeRetriedAndAReloadedReturnSendsOnce() {
        Visitor citizen = citizen();
        String base = start(citizen, JourneyForms.ACCOUNT);
        fillIn(citizen, base);
        assertThat(citizen.get(base + "/pruefen").body()).contains("12,50 €");
        HttpResponse<String> declared = page(citizen, base + "/absenden", Map.of("bestaetigt", "ja"));
        assertThat(Visitor.location(declared)).isEqualTo(base + "/bezahlen");

        assertThat(page(citizen, base + "/bezahlen", Map.of()).statusCode()).isEqualTo(400);
        String cashDesk = Visitor.location(citizen.post(base + "/bezahlen", Map.of("methode", "testkasse")));
        assertThat(cashDesk).startsWith("/zahlung/testkasse/");
        HttpResponse<String> failed = citizen.submit(cashDesk, Map.of("ergebnis", "fehlschlagen"));
        String back = Visitor.location(failed);
        assertThat(back).isEqualTo(base + "/bezahlen/zurueck");
        assertThat(Visitor.location(citizen.get(back))).isEqualTo(base + "/bezahlen?ergebnis=fehlgeschlagen");
        assertThat(citizen.get(base + "/bezahlen?ergebnis=fehlgeschlagen").body())
                .contains(
                        "Die Zahlung ist nicht gelungen. Ihr Antrag ist gespeichert. Sie können es noch einmal versuchen.");

        String retry = Visitor.location(citizen.post(base + "/bezahlen", Map.of("methode", "testkasse")));
        assertThat(retry).startsWith("/zahlung/testkasse/").isNotEqualTo(cashDesk);
        citizen.submit(retry, Map.of("ergebnis", "bezahlen"));
        HttpResponse<String> paid = citizen.get(base + "/bezahlen/zurueck");
        String confirmation = Visitor.location(paid);
        assertThat(confirmation).startsWith("/antrag/eingang/").doesNotContain("zugang");
        assertThat(Visitor.location(citizen.get(base + "/bezahlen/zurueck")))
                .as("a reloaded return page finds the same submission")
                .isEqualTo(confirmation);
        assertThat(citizen.get(confirmation).body()).contains("Ihr Antrag ist eingegangen");
        assertThat(citizen().get(confirmation).statusCode()).isEqualTo(404);
        String submissionId = confirmation.substring(confirmation.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("select payment_kind from forms.submission where id = ?::uuid")
                        .param(submissionId)
                        .query(String.class)
                        .single())
                .isEqualToIgnoringCase("PAID");
    }
}

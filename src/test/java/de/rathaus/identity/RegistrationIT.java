package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.identity.account.Account;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RegistrationIT {

    @RegisterExtension
    static final Mailbox mailbox = new Mailbox();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Visitor visitor(String host) {
        return new Visitor(port, host).withHeader("X-Forwarded-For", "198.51.100.41");
    }

    static Map<String, String> registration(String email, String password) {
        return Map.of("email", email, "name", "Ida Neumann", "password", password, "repeat", password);
    }

    @Test
    void aCitizenRegistersConfirmsTheAddressAndSignsIn() {
        String email = TestAccounts.freshEmail("neu");
        Visitor browser = visitor("localhost");

        HttpResponse<String> registered = browser.submit("/registrieren", registration(email, TestAccounts.PASSWORD));
        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(registered)).isEqualTo("/registrieren/e-mail-gesendet");
        assertThat(browser.get("/registrieren/e-mail-gesendet").body()).contains("Prüfen Sie Ihr Postfach");
        assertThat(browser.cookie("RATHAUS_SESSION")).isEmpty();

        HttpResponse<String> tooEarly = browser.signIn(email, TestAccounts.PASSWORD);
        assertThat(tooEarly.statusCode()).isEqualTo(403);
        assertThat(tooEarly.body()).contains("Bestätigen Sie zuerst Ihre E-Mail-Adresse");

        Mailbox.Mail mail = mailbox.first(email);
        assertThat(mail.subject()).isEqualTo("Musterstadt: Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(mail.text())
                .contains("Guten Tag Ida Neumann")
                .contains("http://localhost/registrieren/bestaetigen?token=");
        String link = mail.link("/registrieren/bestaetigen");

        HttpResponse<String> confirmPage = browser.get(link);
        assertThat(confirmPage.statusCode()).isEqualTo(200);
        assertThat(confirmPage.body()).contains("E-Mail-Adresse bestätigen");
        assertThat(browser.cookie("RATHAUS_SESSION"))
                .as("a link preview must not create sessions")
                .isEmpty();
        assertThat(status(email)).as("opening the link alone confirms nothing").isEqualTo("PENDING");

        HttpResponse<String> confirmed =
                browser.post("/registrieren/bestaetigen", Map.of("token", mail.token("/registrieren/bestaetigen")));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Ihr Konto ist bereit");
        assertThat(status(email)).isEqualTo("ACTIVE");
        assertThat(auditActions(email)).containsSubsequence("account.registered", "account.confirmed");

        assertThat(browser.post("/registrieren/bestaetigen", Map.of("token", mail.token("/registrieren/bestaetigen")))
                        .statusCode())
                .as("a confirmation link works once")
                .isEqualTo(404);
        HttpResponse<String> signedIn = browser.signIn(email, TestAccounts.PASSWORD);
        assertThat(Visitor.location(signedIn)).isEqualTo("/konto");
    }

    @Test
    void registeringAnAddressThatHasAnAccountTellsOnlyItsOwner() {
        var accounts = new TestAccounts(context);
        Account existing = accounts.citizen(accounts.musterstadt());
        Visitor stranger = visitor("localhost");

        HttpResponse<String> answer =
                stranger.submit("/registrieren", registration(existing.email(), "ganz-anderes-Passwort-9"));

        assertThat(Visitor.location(answer))
                .as("the same answer as for a new address")
                .isEqualTo("/registrieren/e-mail-gesendet");
        Mailbox.Mail mail = mailbox.first(existing.email());
        assertThat(mail.subject()).isEqualTo("Musterstadt: Sie haben schon ein Konto");
        assertThat(mail.text()).contains("/passwort-vergessen").doesNotContain("token=");
        assertThat(visitor("localhost")
                        .signIn(existing.email(), TestAccounts.PASSWORD)
                        .statusCode())
                .as("the existing account is unchanged")
                .isEqualTo(302);
    }

    @Test
    void registeringAgainBeforeConfirmingReplacesTheFirstAttempt() {
        String email = TestAccounts.freshEmail("zweimal");
        visitor("localhost").submit("/registrieren", registration(email, "erstes-Passwort-1234"));
        visitor("localhost").submit("/registrieren", registration(email, "zweites-Passwort-1234"));

        Mailbox.Mail second = mailbox.next(email, 2);
        Visitor browser = visitor("localhost");
        browser.get(second.link("/registrieren/bestaetigen"));
        assertThat(browser.post(
                                "/registrieren/bestaetigen",
                                Map.of("token", mailbox.first(email).token("/registrieren/bestaetigen")))
                        .statusCode())
                .as("the first link was withdrawn")
                .isEqualTo(404);
        assertThat(browser.post("/registrieren/bestaetigen", Map.of("token", second.token("/registrieren/bestaetigen")))
                        .statusCode())
                .isEqualTo(200);
        assertThat(browser.signIn(email, "erstes-Passwort-1234").statusCode()).isEqualTo(400);
        assertThat(browser.signIn(email, "zweites-Passwort-1234").statusCode()).isEqualTo(302);
    }

    @Test
    void badInputIsNamedAtEachFieldAndNothingIsStored() {
        String email = "keine-adresse";
        Visitor browser = visitor("localhost");

        HttpResponse<String> refused = browser.submit(
                "/registrieren", Map.of("email", email, "name", "", "password", "kurz", "repeat", "anders"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Es gibt ein Problem")
                .contains("Geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein")
                .contains("Geben Sie Ihren Namen ein")
                .contains("Geben Sie ein Passwort mit mindestens 12 Zeichen ein")
                .contains("href=\"#email\"")
                .contains("href=\"#name\"")
                .contains("href=\"#password\"")
                .contains("aria-describedby=\"email-error\"")
                .contains("value=\"keine-adresse\"");
        assertThat(jdbc.sql("select count(*) from identity.account where email_key = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void passwordRulesInEnglish() {
        String email = TestAccounts.freshEmail("english");
        Visitor browser = visitor("localhost");
        browser.get("/registrieren?lang=en");

        HttpResponse<String> refused = browser.post(
                "/registrieren", Map.of("email", email, "name", "Ida", "password", email, "repeat", email));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("There is a problem")
                .contains("Choose a password that is not your email address");

        HttpResponse<String> mismatch = browser.post(
                "/registrieren",
                Map.of("email", email, "name", "Ida", "password", "lang-genug-1234", "repeat", "lang-genug-12345"));
        assertThat(mismatch.body()).contains("Enter the same password twice").contains("href=\"#repeat\"");
    }

    @Test
    void aConfirmationLinkWorksOnlyInTheTownThatSentIt() {
        String email = TestAccounts.freshEmail("dorf");
        visitor("musterdorf.localhost").submit("/registrieren", registration(email, TestAccounts.PASSWORD));
        Mailbox.Mail mail = mailbox.first(email);
        assertThat(mail.subject()).startsWith("Musterdorf:");
        assertThat(mail.text()).contains("http://musterdorf.localhost/registrieren/bestaetigen");

        assertThat(visitor("localhost")
                        .get(mail.link("/registrieren/bestaetigen"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(visitor("musterdorf.localhost")
                        .get(mail.link("/registrieren/bestaetigen"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aFlurryOfRegistrationsForOneAddressSendsAtMostThreeMails() {
        String victim = TestAccounts.freshEmail("opfer");
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> answer = new Visitor(port, "localhost")
                    .withHeader("X-Forwarded-For", "198.51.100." + (110 + attempt))
                    .submit("/registrieren", registration(victim, TestAccounts.PASSWORD));
            assertThat(Visitor.location(answer)).isEqualTo("/registrieren/e-mail-gesendet");
        }

        assertThat(jdbc.sql("select count(*) from platform.mail_outbox where recipient = ?")
                        .param(victim)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void anUnknownLinkSaysItIsNoLongerValid() {
        HttpResponse<String> page = visitor("localhost").get("/registrieren/bestaetigen?token=" + UUID.randomUUID());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Dieser Link gilt nicht mehr");
    }

    private String status(String email) {
        return jdbc.sql("select status from identity.account where email_key = ?")
                .param(email)
                .query(String.class)
                .single();
    }

    private List<String> auditActions(String email) {
        return jdbc.sql("""
            select e.action from platform.audit_entry e
              join identity.account a on a.tenant_id = e.tenant_id and a.pseudonym::text = e.object_id
             where a.email_key = ? order by e.seq
            """).param(email).query(String.class).list();
    }
}

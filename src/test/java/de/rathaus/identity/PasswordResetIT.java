package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.identity.account.Account;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PasswordResetIT {

    static final String NEW_PASSWORD = "neues-sicheres-Passwort-7";

    @RegisterExtension
    static final Mailbox mailbox = new Mailbox();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
    }

    Visitor visitor() {
        return new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.51");
    }

    @Test
    void aForgottenPasswordIsReplacedThroughTheMailedLink() {
        Account citizen = accounts.citizen(accounts.musterstadt());
        Visitor elsewhere = visitor();
        elsewhere.signIn(citizen.email(), TestAccounts.PASSWORD);

        HttpResponse<String> requested = visitor().submit("/passwort-vergessen", Map.of("email", citizen.email()));
        assertThat(Visitor.location(requested)).isEqualTo("/passwort-vergessen/e-mail-gesendet");

        Mailbox.Mail mail = mailbox.first(citizen.email());
        assertThat(mail.subject()).isEqualTo("Musterstadt: Neues Passwort festlegen");
        String link = mail.link("/passwort-zuruecksetzen");
        Visitor browser = visitor();
        assertThat(browser.get(link).body()).contains("Neues Passwort festlegen");

        HttpResponse<String> tooShort = browser.post(
                "/passwort-zuruecksetzen",
                Map.of("token", mail.token("/passwort-zuruecksetzen"), "password", "kurz", "repeat", "kurz"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("mindestens 12 Zeichen");

        HttpResponse<String> saved = browser.post(
                "/passwort-zuruecksetzen",
                Map.of(
                        "token",
                        mail.token("/passwort-zuruecksetzen"),
                        "password",
                        NEW_PASSWORD,
                        "repeat",
                        NEW_PASSWORD));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Ihr Passwort ist gespeichert");

        assertThat(visitor().signIn(citizen.email(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(400);
        assertThat(visitor().signIn(citizen.email(), NEW_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(elsewhere.get("/konto").statusCode())
                .as("earlier sessions end")
                .isEqualTo(302);
        assertThat(browser.get(link).statusCode()).as("the link works once").isEqualTo(404);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String unknown = TestAccounts.freshEmail("unbekannt");

        HttpResponse<String> requested = visitor().submit("/passwort-vergessen", Map.of("email", unknown));

        assertThat(Visitor.location(requested)).isEqualTo("/passwort-vergessen/e-mail-gesendet");
        assertThat(jdbc.sql("select count(*) from platform.mail_outbox where recipient = ?")
                        .param(unknown)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aResetEndsALockOut() {
        Account citizen = accounts.citizen(accounts.musterstadt());
        for (int attempt = 1; attempt <= 5; attempt++) {
            visitor().signIn(citizen.email(), "falsch-" + attempt + "-xxxxxxxx");
        }
        assertThat(visitor().signIn(citizen.email(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(429);

        visitor().submit("/passwort-vergessen", Map.of("email", citizen.email()));
        Mailbox.Mail mail = mailbox.first(citizen.email());
        Visitor browser = visitor();
        browser.get(mail.link("/passwort-zuruecksetzen"));
        browser.post(
                "/passwort-zuruecksetzen",
                Map.of(
                        "token",
                        mail.token("/passwort-zuruecksetzen"),
                        "password",
                        NEW_PASSWORD,
                        "repeat",
                        NEW_PASSWORD));

        assertThat(visitor().signIn(citizen.email(), NEW_PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void aSignedInCitizenChangesThePasswordAndOtherSessionsEnd() {
        Account citizen = accounts.citizen(accounts.musterstadt());
        Visitor other = visitor();
        other.signIn(citizen.email(), TestAccounts.PASSWORD);
        Visitor browser = visitor();
        browser.signIn(citizen.email(), TestAccounts.PASSWORD);
        browser.get("/konto/passwort");

        HttpResponse<String> wrong = browser.post(
                "/konto/passwort",
                Map.of("current", "falsch-xxxxxxxx", "password", NEW_PASSWORD, "repeat", "anders-xxxxxxxx"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body())
                .contains("Geben Sie Ihr aktuelles Passwort richtig ein")
                .contains("Geben Sie zweimal dasselbe Passwort ein")
                .contains("href=\"#current\"")
                .contains("href=\"#repeat\"");

        HttpResponse<String> changed = browser.post(
                "/konto/passwort",
                Map.of("current", TestAccounts.PASSWORD, "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));
        assertThat(Visitor.location(changed)).isEqualTo("/konto?passwort-geaendert");
        assertThat(browser.get("/konto?passwort-geaendert").body()).contains("Passwort geändert");
        assertThat(other.get("/konto").statusCode())
                .as("the other session ended")
                .isEqualTo(302);
        assertThat(mailbox.first(citizen.email()).subject()).isEqualTo("Musterstadt: Ihr Passwort wurde geändert");
        assertThat(visitor().signIn(citizen.email(), NEW_PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void anEmptyAddressIsNamed() {
        HttpResponse<String> refused = visitor().submit("/passwort-vergessen", Map.of("email", " "));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Geben Sie Ihre E-Mail-Adresse ein").contains("href=\"#email\"");
    }
}

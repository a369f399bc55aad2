package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.identity.account.Account;
import de.rathaus.platform.audit.AuditLog;
import de.rathaus.platform.tenancy.Tenant;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class LoginIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    TestAccounts accounts;
    Tenant musterstadt;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        musterstadt = accounts.musterstadt();
    }

    /** Each test gets its own client address, so the per-client limit of one test does not hit another. */
    Visitor visitor() {
        return new Visitor(port, "localhost")
                .withHeader("X-Forwarded-For", "198.51.100." + (1 + (int) (Math.random() * 250)));
    }

    @Test
    void citizenSignsInAndLandsOnTheAccountPageWithANewSession() {
        Account citizen = accounts.citizen(musterstadt);
        Visitor browser = visitor();

        HttpResponse<String> signedIn = browser.signIn(citizen.email(), TestAccounts.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(signedIn)).isEqualTo("/konto");
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("RATHAUS_SESSION="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie)
                        .contains("HttpOnly")
                        .contains("SameSite=Lax")
                        .as("plain HTTP in the test; behind HTTPS the cookie is Secure")
                        .doesNotContain("Secure"));
        HttpResponse<String> account = browser.get("/konto");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body())
                .contains("Mein Konto")
                .contains(citizen.email())
                .contains("Abmelden");
        assertThat(lastAuditAction(citizen)).isEqualTo("login.succeeded");
    }

    @Test
    void signingInAgainRotatesTheSessionId() {
        Account citizen = accounts.citizen(musterstadt);
        Visitor browser = visitor();
        browser.signIn(citizen.email(), TestAccounts.PASSWORD);
        String first = browser.cookie("RATHAUS_SESSION").orElseThrow();

        browser.signIn(citizen.email(), TestAccounts.PASSWORD);

        assertThat(browser.cookie("RATHAUS_SESSION")).isPresent().get().isNotEqualTo(first);
        assertThat(browser.get("/konto").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordShowsAFieldErrorAndKeepsTheAddress() {
        Account citizen = accounts.citizen(musterstadt);

        HttpResponse<String> refused = visitor().signIn(citizen.email(), "falsches-Passwort-123");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Es gibt ein Problem")
                .contains("href=\"#username\"")
                .contains("E-Mail-Adresse oder Passwort stimmen nicht")
                .contains("value=\"" + citizen.email() + "\"")
                .doesNotContain("falsches-Passwort-123");
        assertThat(lastAuditAction(citizen)).isEqualTo("login.failed");
    }

    @Test
    void emptyFieldsAreNamedInEnglishToo() {
        Visitor browser = visitor();
        browser.get("/anmelden?lang=en");

        HttpResponse<String> refused = browser.post("/anmelden", Map.of("username", "", "password", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("There is a problem")
                .contains("Enter your email address")
                .contains("Enter your password")
                .contains("href=\"#password\"");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        Account citizen = accounts.citizen(musterstadt);
        Visitor browser = visitor();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.signIn(citizen.email(), "falsch-" + attempt + "-xxxxxxxx")
                            .statusCode())
                    .isEqualTo(400);
        }

        HttpResponse<String> fifth = browser.signIn(citizen.email(), "falsch-5-xxxxxxxx");
        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(fifth.body()).contains("Zu viele Anmeldeversuche").contains("einer Minute");
        assertThat(lastAuditAction(citizen)).isEqualTo("login.locked");

        HttpResponse<String> right = visitor().signIn(citizen.email(), TestAccounts.PASSWORD);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("RATHAUS_SESSION"));
    }

    @Test
    void theLockDoublesWithEachFurtherFailureAndASuccessEndsIt() {
        Account citizen = accounts.citizen(musterstadt);
        for (int attempt = 1; attempt <= 5; attempt++) {
            visitor().signIn(citizen.email(), "falsch-" + attempt + "-xxxxxxxx");
        }
        expireLocks();

        HttpResponse<String> sixth = visitor().signIn(citizen.email(), "falsch-6-xxxxxxxx");
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.body()).contains("in 2 Minuten");
        expireLocks();

        assertThat(visitor().signIn(citizen.email(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(302);
        assertThat(visitor().signIn(citizen.email(), "falsch-7-xxxxxxxx").statusCode())
                .as("a success forgives the earlier failures")
                .isEqualTo(400);
    }

    @Test
    void anUnknownAddressIsLockedJustLikeAKnownOne() {
        String unknown = TestAccounts.freshEmail("niemand");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(visitor().signIn(unknown, "falsch-xxxxxxxx").body())
                    .contains("E-Mail-Adresse oder Passwort stimmen nicht");
        }

        assertThat(visitor().signIn(unknown, "falsch-xxxxxxxx").body()).contains("Zu viele Anmeldeversuche");
    }

    @Test
    void oneClientTryingManyAddressesIsLocked() {
        Visitor attacker = new Visitor(port, "localhost").withHeader("X-Forwarded-For", "203.0.113.77");
        int status = 0;
        for (int attempt = 1; attempt <= 50 && status != 429; attempt++) {
            status = attacker.signIn(TestAccounts.freshEmail("probe"), "falsch-xxxxxxxx")
                    .statusCode();
        }
        assertThat(status).isEqualTo(429);

        Account citizen = accounts.citizen(musterstadt);
        assertThat(attacker.signIn(citizen.email(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(429);
        assertThat(visitor().signIn(citizen.email(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSession() {
        Account citizen = accounts.citizen(musterstadt);
        Visitor browser = visitor();
        browser.signIn(citizen.email(), TestAccounts.PASSWORD);
        String session = browser.cookie("RATHAUS_SESSION").orElseThrow();
        browser.get("/konto");

        HttpResponse<String> out = browser.post("/abmelden", Map.of());

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(out)).isEqualTo("/");
        Visitor replay = visitor();
        replay.withHeader("Cookie", "RATHAUS_SESSION=" + session);
        assertThat(replay.get("/konto").statusCode()).isEqualTo(302);
        assertThat(lastAuditAction(citizen)).isEqualTo("logout");
    }

    @Test
    void afterSignInTheVisitorReturnsToThePageThatAskedForIt() {
        Account citizen = accounts.citizen(musterstadt);
        Visitor browser = visitor();
        HttpResponse<String> protectedPage = browser.get("/konto/passwort");
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(protectedPage)).isEqualTo("/anmelden");

        HttpResponse<String> signedIn = browser.signIn(citizen.email(), TestAccounts.PASSWORD);

        assertThat(Visitor.location(signedIn)).isEqualTo("/konto/passwort");
    }

    @Test
    void demoAccountsExistInBothTowns() {
        for (String email : new String[] {"buerger@musterstadt.example", "admin@musterstadt.example"}) {
            assertThat(visitor().signIn(email, "Rathaus-Demo-2026").statusCode())
                    .as(email)
                    .isEqualTo(302);
        }
        var dorf = new Visitor(port, "musterdorf.localhost").withHeader("X-Forwarded-For", "198.51.100.201");
        assertThat(dorf.signIn("sachbearbeitung@musterdorf.example", "Rathaus-Demo-2026")
                        .statusCode())
                .isEqualTo(302);
        assertThat(Visitor.location(dorf.signIn("admin@musterdorf.example", "Rathaus-Demo-2026")))
                .isEqualTo("/verwaltung");
    }

    @Test
    void theAuditChainsStayIntactUnderSignInTraffic() {
        Account citizen = accounts.citizen(musterstadt);
        for (int attempt = 1; attempt <= 3; attempt++) {
            visitor().signIn(citizen.email(), attempt == 3 ? TestAccounts.PASSWORD : "falsch-xxxxxxxx");
        }
        visitor().signIn("betrieb@rathaus.example", "Rathaus-Demo-2026");

        assertThat(auditLog.verify(musterstadt.id()).intact()).isTrue();
        assertThat(auditLog.verify(AuditLog.INSTALLATION).intact()).isTrue();
    }

    private void expireLocks() {
        jdbc.sql("update identity.throttle set locked_until = now() - interval '1 second' where locked_until > now()")
                .update();
    }

    private String lastAuditAction(Account account) {
        return jdbc.sql("""
            select action from platform.audit_entry
             where tenant_id = ? and object_id = ? order by seq desc limit 1
            """)
                .params(account.tenantId(), account.pseudonym().toString())
                .query(String.class)
                .single();
    }
}

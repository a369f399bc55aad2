package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountDeletion;
import de.rathaus.identity.account.AccountStatus;
import de.rathaus.identity.account.Accounts;
import de.rathaus.identity.account.ExternalSignUp;
import de.rathaus.identity.login.AccountPrincipal;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class AccountDeletionIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    ApplicationEvents events;

    TestAccounts accounts;
    Tenant musterstadt;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        musterstadt = accounts.musterstadt();
    }

    Visitor visitor() {
        return new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.61");
    }

    @Test
    void aCitizenDeletesTheAccountAndOnlyThePseudonymRemains() {
        Account citizen = accounts.citizen(musterstadt);
        Visitor browser = visitor();
        browser.signIn(citizen.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/konto").body()).contains("Konto löschen");

        HttpResponse<String> page = browser.get("/konto/loeschen");
        assertThat(page.body()).contains("löschen wir Ihren Namen, Ihre E-Mail-Adresse und Ihr Passwort");
        HttpResponse<String> wrong = browser.post("/konto/loeschen", Map.of("password", "falsches-Passwort-1"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Geben Sie Ihr aktuelles Passwort richtig ein");

        HttpResponse<String> deleted = browser.post("/konto/loeschen", Map.of("password", TestAccounts.PASSWORD));

        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(deleted)).isEqualTo("/konto-geloescht");
        assertThat(browser.get("/konto-geloescht").body()).contains("Ihr Konto ist gelöscht");
        assertThat(browser.get("/konto").statusCode()).as("signed out").isEqualTo(302);

        var row = jdbc.sql("""
            select status, email, email_key, display_name, password_hash, pseudonym::text
              from identity.account where tenant_id = ? and id = ?
            """)
                .params(citizen.tenantId(), citizen.id())
                .query((rs, n) -> new String[] {
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)
                })
                .single();
        assertThat(row[0]).isEqualTo("DELETED");
        assertThat(new String[] {row[1], row[2], row[3], row[4]}).containsOnlyNulls();
        assertThat(row[5]).isEqualTo(citizen.pseudonym().toString());
        assertThat(jdbc.sql("select action from platform.audit_entry where object_id = ? order by seq desc limit 1")
                        .param(citizen.pseudonym().toString())
                        .query(String.class)
                        .single())
                .isEqualTo("account.deleted");
        assertThat(visitor().signIn(citizen.email(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(400);
    }

    @Test
    void anAccountWithoutPasswordConfirmsTheDeletionWithATick() {
        var signUp = context.getBean(ExternalSignUp.class);
        String email = TestAccounts.freshEmail("ohne-passwort");
        Account external = CurrentTenant.runAs(
                musterstadt, () -> signUp.findOrCreateCitizen("test", email, email, "Ohne Passwort"));
        var principal = new AccountPrincipal(
                external.id(),
                external.tenantId(),
                external.tenantId(),
                external.pseudonym(),
                AccountKind.CITIZEN,
                "Ohne Passwort",
                Set.of(new RoleGrant(Role.CITIZEN, null)),
                TrustLevel.SUBSTANTIAL,
                false);
        Visitor browser = signedInAs(principal);

        HttpResponse<String> page = browser.get("/konto/loeschen");
        assertThat(page.body()).contains("type=\"checkbox\"").doesNotContain("current-password");
        HttpResponse<String> unticked = browser.post("/konto/loeschen", Map.of());
        assertThat(unticked.statusCode()).isEqualTo(400);
        assertThat(unticked.body())
                .contains("Bestätigen Sie, dass Sie Ihr Konto löschen möchten")
                .contains("href=\"#confirm\"");

        assertThat(Visitor.location(browser.post("/konto/loeschen", Map.of("confirm", "ja"))))
                .isEqualTo("/konto-geloescht");
    }

    @Test
    void deletionTellsOtherModulesByEvent() {
        Account citizen = accounts.citizen(musterstadt);

        CurrentTenant.runAs(musterstadt, () -> deletion.delete(citizen));

        assertThat(events.stream(AccountDeleted.class))
                .containsExactly(new AccountDeleted(musterstadt.id(), citizen.pseudonym()));
    }

    @Test
    void theAddressOfADeletedAccountCanRegisterAfresh() {
        Account citizen = accounts.citizen(musterstadt);
        CurrentTenant.runAs(musterstadt, () -> deletion.delete(citizen));

        Account again = CurrentTenant.runAs(
                musterstadt,
                () -> context.getBean(Accounts.class)
                        .insert(AccountKind.CITIZEN, AccountStatus.ACTIVE, citizen.email(), "Neu", null, false, false));

        assertThat(again.pseudonym()).isNotEqualTo(citizen.pseudonym());
    }

    @Test
    void staffCannotDeleteTheirOwnAccount() {
        Account clerk = accounts.staff(musterstadt);
        assertThatThrownBy(() -> CurrentTenant.runAs(musterstadt, () -> deletion.delete(clerk)))
                .isInstanceOf(IllegalArgumentException.class);

        Visitor admin = visitor();
        admin.signIn("admin@musterstadt.example", "Rathaus-Demo-2026");
        assertThat(admin.get("/konto").body()).doesNotContain("/konto/loeschen");
        assertThat(admin.get("/konto/loeschen").statusCode()).isEqualTo(403);
    }

    /**
     * A session as a sign-in through another provider leaves it (that sign-in is not built yet): the
     * principal in a Spring Session row, the session id in the cookie.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Visitor signedInAs(AccountPrincipal principal) {
        var sessions = (SessionRepository) context.getBean(FindByIndexNameSessionRepository.class);
        var session = (Session) sessions.createSession();
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
        sessions.save(session);
        String cookie = Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));
        return visitor().withCookie("RATHAUS_SESSION", cookie);
    }
}

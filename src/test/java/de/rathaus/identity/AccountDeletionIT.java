package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.rathaus.IntegrationTest;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountDeletion;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
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

        var row = jdbc.sql(
                        """
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
        assertThat(visitor().signIn(citizen.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(400);
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

        Account again = CurrentTenant.runAs(musterstadt, () -> context.getBean(de.rathaus.identity.account.Accounts.class)
                .insert(AccountKind.CITIZEN, de.rathaus.identity.account.AccountStatus.ACTIVE, citizen.email(), "Neu", null, false, false));

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
}

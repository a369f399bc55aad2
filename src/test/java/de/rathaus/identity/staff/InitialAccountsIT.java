package de.rathaus.identity.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.rathaus.IntegrationTest;
import de.rathaus.TestTenants;
import de.rathaus.Visitor;
import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.TestAccounts;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountAudit;
import de.rathaus.identity.account.Accounts;
import de.rathaus.identity.account.Passwords;
import de.rathaus.identity.account.RoleGrants;
import de.rathaus.identity.login.Base32;
import de.rathaus.identity.login.Totp;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.DemoMode;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** The first accounts of a real installation, as the configuration names them. */
@IntegrationTest
class InitialAccountsIT {

    static final String CONFIGURED = "aus-der-Konfiguration-2026";
    static final String CHOSEN = "selbst-gewaehltes-Passwort-1";

    @LocalServerPort
    int port;

    @Autowired
    DemoMode demo;

    @Autowired
    Tenants tenants;

    @Autowired
    Accounts accounts;

    @Autowired
    RoleGrants roles;

    @Autowired
    Passwords passwords;

    @Autowired
    AccountAudit audit;

    @Autowired
    TransactionTemplate transactions;

    InitialAccounts configured(Tenant town, String adminEmail, String adminPassword, String operatorEmail) {
        return new InitialAccounts(
                demo,
                tenants,
                accounts,
                roles,
                passwords,
                audit,
                transactions,
                adminEmail,
                adminPassword,
                operatorEmail,
                CONFIGURED,
                town.slug());
    }

    @Test
    void theConfiguredAdministratorMustChooseAPasswordAndSetUpTheAppAtTheFirstSignIn() {
        Tenant town = TestTenants.fresh(tenants);
        String adminEmail = TestAccounts.freshEmail("erste-admin");
        InitialAccounts initial = configured(town, adminEmail, CONFIGURED, TestAccounts.freshEmail("betrieb"));

        initial.createConfiguredAccounts();
        initial.createConfiguredAccounts();

        Account admin =
                CurrentTenant.runAs(town, () -> accounts.byEmail(adminEmail).orElseThrow());
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(CurrentTenant.runAs(town, () -> roles.of(admin.id())))
                .containsExactly(new RoleGrant(Role.TENANT_ADMIN, null));
        assertThat(CurrentTenant.runAs(town, () -> accounts.staff())).hasSize(1);

        String host = town.slug() + ".localhost";
        Visitor browser = new Visitor(port, host).withHeader("X-Forwarded-For", "198.51.100.101");
        assertThat(Visitor.location(browser.signIn(adminEmail, CONFIGURED))).isEqualTo("/anmelden/neues-passwort");
        assertThat(browser.get("/verwaltung").statusCode()).isEqualTo(302);

        HttpResponse<String> same =
                browser.post("/anmelden/neues-passwort", Map.of("password", CONFIGURED, "repeat", CONFIGURED));
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("Wählen Sie ein anderes Passwort als bisher");

        HttpResponse<String> chosen =
                browser.post("/anmelden/neues-passwort", Map.of("password", CHOSEN, "repeat", CHOSEN));
        assertThat(Visitor.location(chosen)).isEqualTo("/anmelden/zweiter-faktor");
        Matcher secret = Pattern.compile("secret=([A-Z2-7]+)")
                .matcher(browser.get("/anmelden/zweiter-faktor").body());
        assertThat(secret.find()).isTrue();
        HttpResponse<String> enrolled = browser.post(
                "/anmelden/zweiter-faktor", Map.of("code", Totp.codeAt(Base32.decode(secret.group(1)), Instant.now())));
        assertThat(Visitor.location(enrolled)).isEqualTo("/verwaltung");
        assertThat(browser.get("/verwaltung/konten").statusCode()).isEqualTo(200);

        Visitor later = new Visitor(port, host).withHeader("X-Forwarded-For", "198.51.100.102");
        assertThat(later.signIn(adminEmail, CONFIGURED).statusCode())
                .as("the configured password is gone")
                .isEqualTo(400);
    }

    @Test
    void theConfiguredOperatorBelongsToTheInstallation() {
        Tenant town = TestTenants.fresh(tenants);
        String operatorEmail = TestAccounts.freshEmail("betrieb");

        configured(town, TestAccounts.freshEmail("admin"), CONFIGURED, operatorEmail)
                .createConfiguredAccounts();

        Account operator = accounts.installation().byEmail(operatorEmail).orElseThrow();
        assertThat(operator.kind()).isEqualTo(de.rathaus.identity.AccountKind.OPERATOR);
        assertThat(operator.mustChangePassword()).isTrue();
        assertThat(CurrentTenant.runAs(town, () -> accounts.byEmail(operatorEmail)))
                .isEmpty();
        var browser = new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.103");
        assertThat(Visitor.location(browser.signIn(operatorEmail, CONFIGURED))).isEqualTo("/anmelden/neues-passwort");
    }

    @Test
    void aWeakConfiguredPasswordStopsTheStartAndCreatesNothing() {
        Tenant town = TestTenants.fresh(tenants);
        String adminEmail = TestAccounts.freshEmail("schwach");

        assertThatThrownBy(() -> configured(town, adminEmail, "kurz", TestAccounts.freshEmail("op"))
                        .createConfiguredAccounts())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TOO_SHORT");
        assertThat(CurrentTenant.runAs(town, () -> accounts.byEmail(adminEmail)))
                .isEmpty();
    }
}

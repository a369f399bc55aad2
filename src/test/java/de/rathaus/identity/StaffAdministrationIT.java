package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.login.Base32;
import de.rathaus.identity.login.Totp;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Office;
import de.rathaus.platform.tenancy.Offices;
import de.rathaus.platform.tenancy.Tenant;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class StaffAdministrationIT {

    static final String DEMO_PASSWORD = "Rathaus-Demo-2026";

    @RegisterExtension
    static final Mailbox mailbox = new Mailbox();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Offices offices;

    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;
    Tenant musterstadt;
    Office buergerbuero;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        musterstadt = accounts.musterstadt();
        buergerbuero = CurrentTenant.runAs(
                musterstadt, () -> offices.bySlug("buergerbuero").orElseThrow());
    }

    Visitor visitor() {
        return new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.81");
    }

    Visitor admin() {
        Visitor admin = visitor();
        assertThat(admin.signIn("admin@musterstadt.example", DEMO_PASSWORD).statusCode())
                .isEqualTo(302);
        return admin;
    }

    @Test
    void theAdministratorSeesTheTownsStaffButNoCitizens() {
        HttpResponse<String> list = admin().get("/verwaltung/konten");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("Mitarbeitende und Rollen")
                .contains("Sam Schreiber")
                .contains("Sachbearbeitung – Bürgerbüro")
                .contains("Aktiv")
                .doesNotContain("buerger@musterstadt.example")
                .doesNotContain("Sophie Sander");
        assertThat(admin().get("/verwaltung").body()).contains("/verwaltung/konten");
    }

    @Test
    void anInvitedClerkSetsAPasswordSetsUpTheAppAndWorksInTheirOffice() {
        String email = TestAccounts.freshEmail("neu-im-amt");
        Visitor admin = admin();
        admin.get("/verwaltung/konten/neu");

        HttpResponse<String> noOffice = admin.post(
                "/verwaltung/konten/neu", Map.of("email", email, "name", "Nina Neu", "role", "CLERK", "office", ""));
        assertThat(noOffice.statusCode()).isEqualTo(400);
        assertThat(noOffice.body()).contains("Wählen Sie ein Amt").contains("href=\"#office\"");

        HttpResponse<String> invited = admin.post(
                "/verwaltung/konten/neu",
                Map.of(
                        "email",
                        email,
                        "name",
                        "Nina Neu",
                        "role",
                        "CLERK",
                        "office",
                        buergerbuero.id().toString()));
        assertThat(invited.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(invited)).matches("/verwaltung/konten/[0-9a-f-]+\\?eingeladen");
        assertThat(admin.get(Visitor.location(invited)).body())
                .contains("Einladung gesendet")
                .contains("Eingeladen");

        Mailbox.Mail mail = mailbox.first(email);
        assertThat(mail.subject()).isEqualTo("Musterstadt: Ihr Zugang zur Verwaltung");
        Visitor clerk = visitor();
        assertThat(clerk.get(mail.link("/einladung")).body()).contains("Passwort für Ihren Zugang festlegen");
        HttpResponse<String> set = clerk.post(
                "/einladung",
                Map.of(
                        "token",
                        mail.token("/einladung"),
                        "password",
                        TestAccounts.PASSWORD,
                        "repeat",
                        TestAccounts.PASSWORD));
        assertThat(set.body()).contains("Ihr Passwort ist gespeichert");

        assertThat(Visitor.location(clerk.signIn(email, TestAccounts.PASSWORD))).isEqualTo("/anmelden/zweiter-faktor");
        Matcher secret = Pattern.compile("secret=([A-Z2-7]+)")
                .matcher(clerk.get("/anmelden/zweiter-faktor").body());
        assertThat(secret.find()).isTrue();
        HttpResponse<String> enrolled = clerk.post(
                "/anmelden/zweiter-faktor", Map.of("code", Totp.codeAt(Base32.decode(secret.group(1)), Instant.now())));
        assertThat(Visitor.location(enrolled)).isEqualTo("/verwaltung");
        assertThat(clerk.get("/verwaltung").body())
                .contains("Guten Tag, Nina Neu")
                .contains("Sachbearbeitung – Bürgerbüro");
        assertThat(auditActions(email))
                .containsSubsequence(
                        "staff.created", "account.invitation-accepted", "second-factor.enrolled", "login.succeeded");
    }

    @Test
    void aNewRoleAppliesAtOnceBecauseTheSessionEnds() {
        Account member = accounts.staff(musterstadt, new RoleGrant(Role.CLERK, buergerbuero.id()));
        Visitor memberBrowser = visitor();
        enrol(memberBrowser, member);
        assertThat(memberBrowser.get("/verwaltung").statusCode()).isEqualTo(200);

        Visitor admin = admin();
        admin.get("/verwaltung/konten/" + member.id());
        HttpResponse<String> granted =
                admin.post("/verwaltung/konten/" + member.id() + "/rollen", Map.of("role", "EDITOR", "office", ""));

        assertThat(granted.statusCode()).isEqualTo(302);
        assertThat(admin.get("/verwaltung/konten/" + member.id()).body())
                .contains("Redaktion")
                .contains("ganze Verwaltung");
        assertThat(memberBrowser.get("/verwaltung").statusCode())
                .as("the member signs in again")
                .isEqualTo(302);
        assertThat(auditActions(member.email())).contains("role.granted");

        admin.get("/verwaltung/konten/" + member.id());
        admin.post("/verwaltung/konten/" + member.id() + "/rollen/entfernen", Map.of("role", "EDITOR", "office", ""));
        assertThat(admin.get("/verwaltung/konten/" + member.id()).body()).doesNotContain("<td>Redaktion</td>");
        assertThat(auditActions(member.email())).contains("role.revoked");
    }

    @Test
    void rolesAreCheckedAgainstTheirOfficeRule() {
        Account member = accounts.staff(musterstadt, new RoleGrant(Role.EDITOR, null));
        Visitor admin = admin();
        admin.get("/verwaltung/konten/" + member.id());

        HttpResponse<String> refused = admin.post(
                "/verwaltung/konten/" + member.id() + "/rollen",
                Map.of("role", "TENANT_ADMIN", "office", buergerbuero.id().toString()));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Diese Rolle gilt immer für die ganze Verwaltung");
        HttpResponse<String> unknownRole =
                admin.post("/verwaltung/konten/" + member.id() + "/rollen", Map.of("role", "OPERATOR", "office", ""));
        assertThat(unknownRole.statusCode()).isEqualTo(400);
        assertThat(unknownRole.body()).contains("Wählen Sie eine Rolle");
    }

    @Test
    void aBlockedMemberCannotSignInUntilUnblocked() {
        Account member = accounts.staff(musterstadt, new RoleGrant(Role.MODERATOR, null));
        Visitor admin = admin();
        admin.get("/verwaltung/konten/" + member.id());

        assertThat(admin.post("/verwaltung/konten/" + member.id() + "/sperren", Map.of())
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> refused = visitor().signIn(member.email(), TestAccounts.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Dieser Zugang ist gesperrt");

        admin.get("/verwaltung/konten/" + member.id());
        admin.post("/verwaltung/konten/" + member.id() + "/entsperren", Map.of());
        assertThat(Visitor.location(visitor().signIn(member.email(), TestAccounts.PASSWORD)))
                .isEqualTo("/anmelden/zweiter-faktor");
        assertThat(auditActions(member.email())).containsSubsequence("staff.deactivated", "staff.reactivated");
    }

    @Test
    void aLostSecondFactorIsResetByTheAdministrator() {
        Account member = accounts.staff(musterstadt, new RoleGrant(Role.DATA_STEWARD, null));
        enrol(visitor(), member);
        assertThat(Visitor.location(visitor().signIn(member.email(), TestAccounts.PASSWORD)))
                .isEqualTo("/anmelden/code");

        Visitor admin = admin();
        admin.get("/verwaltung/konten/" + member.id());
        admin.post("/verwaltung/konten/" + member.id() + "/zweiter-faktor", Map.of());

        assertThat(Visitor.location(visitor().signIn(member.email(), TestAccounts.PASSWORD)))
                .isEqualTo("/anmelden/zweiter-faktor");
    }

    @Test
    void theAdministratorCannotChangeTheirOwnAccessOrOtherTownsAccounts() {
        Visitor admin = admin();
        String ownId = jdbc.sql("select id::text from identity.account where tenant_id = ? and email_key = ?")
                .params(musterstadt.id().value(), "admin@musterstadt.example")
                .query(String.class)
                .single();
        assertThat(admin.get("/verwaltung/konten/" + ownId).body()).contains("Das ist Ihr eigener Zugang");
        assertThat(admin.post("/verwaltung/konten/" + ownId + "/sperren", Map.of())
                        .statusCode())
                .isEqualTo(403);

        Account dorfClerk = accounts.staff(accounts.musterdorf());
        Account citizen = accounts.citizen(musterstadt);
        assertThat(admin.get("/verwaltung/konten/" + dorfClerk.id()).statusCode())
                .isEqualTo(404);
        assertThat(admin.get("/verwaltung/konten/" + citizen.id()).statusCode()).isEqualTo(404);
        admin.get("/verwaltung/konten");
        assertThat(admin.post("/verwaltung/konten/" + dorfClerk.id() + "/sperren", Map.of())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAddressWithAnAccountCannotBeInvited() {
        Visitor admin = admin();
        admin.get("/verwaltung/konten/neu");

        HttpResponse<String> taken = admin.post(
                "/verwaltung/konten/neu",
                Map.of("email", "buerger@musterstadt.example", "name", "Doppelt", "role", "EDITOR", "office", ""));

        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("Zu dieser E-Mail-Adresse gibt es schon ein Konto");
    }

    private void enrol(Visitor browser, Account member) {
        browser.signIn(member.email(), TestAccounts.PASSWORD);
        Matcher secret = Pattern.compile("secret=([A-Z2-7]+)")
                .matcher(browser.get("/anmelden/zweiter-faktor").body());
        assertThat(secret.find()).isTrue();
        HttpResponse<String> done = browser.post(
                "/anmelden/zweiter-faktor", Map.of("code", Totp.codeAt(Base32.decode(secret.group(1)), Instant.now())));
        assertThat(Visitor.location(done)).isEqualTo("/verwaltung");
    }

    private List<String> auditActions(String email) {
        return jdbc.sql("""
            select e.action from platform.audit_entry e
              join identity.account a on a.tenant_id = e.tenant_id and a.pseudonym::text = e.object_id
             where a.email_key = ? order by e.seq
            """).param(email).query(String.class).list();
    }
}

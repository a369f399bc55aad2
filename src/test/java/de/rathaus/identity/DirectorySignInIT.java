package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountStatus;
import de.rathaus.identity.account.Accounts;
import de.rathaus.identity.account.ExternalIdentities;
import de.rathaus.identity.account.Passwords;
import de.rathaus.identity.account.RoleGrants;
import de.rathaus.identity.login.Base32;
import de.rathaus.identity.login.Totp;
import de.rathaus.identity.staff.AddressTakenException;
import de.rathaus.identity.staff.StaffAdministration;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.NewTenant;
import de.rathaus.platform.tenancy.Office;
import de.rathaus.platform.tenancy.Offices;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff of the test town "verzeichnis" sign in with its directory (a real in-memory LDAP server),
 * whose groups decide their roles; citizens and the town's own accounts keep their passwords.
 */
@IntegrationTest
class DirectorySignInIT {

    private static final String HOST = "verzeichnis.localhost";
    private static final Pattern SECRET = Pattern.compile("otpauth://totp/[^\"]*secret=([A-Z2-7]+)");

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    Offices offices;

    @Autowired
    Accounts accounts;

    @Autowired
    RoleGrants roles;

    @Autowired
    ExternalIdentities externalIdentities;

    @Autowired
    Passwords passwords;

    @Autowired
    StaffAdministration administration;

    @Autowired
    de.rathaus.identity.account.PasswordReset passwordReset;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    Tenant town;
    Office bauamt;

    @BeforeAll
    static void startDirectory() {
        TestDirectory.running();
    }

    @BeforeEach
    void setUp() {
        synchronized (DirectorySignInIT.class) {
            town = tenants.bySlug("verzeichnis")
                    .orElseGet(() -> tenants.create(new NewTenant(
                            "verzeichnis",
                            "Verzeichnishausen",
                            "#005ea5",
                            false,
                            List.of(HOST),
                            "Am Verzeichnis 1",
                            "",
                            "",
                            "")));
        }
        bauamt = inTown(() -> offices.bySlug("bauamt").orElseGet(() -> offices.save("bauamt", "Bauamt", null, null)));
    }

    @Test
    void theLoginPageAsksForTheUserNameWhereTheTownHasADirectory() {
        String withDirectory = visitor().get("/anmelden").body();
        String without = new Visitor(port, "localhost").get("/anmelden").body();

        assertThat(withDirectory)
                .contains("E-Mail-Adresse oder Benutzername")
                .contains("type=\"text\"")
                .contains("Benutzernamen und dem Passwort ihres Dienstrechners");
        assertThat(without).doesNotContain("Benutzername").contains("type=\"email\"");
    }

    @Test
    void theFirstSignInCreatesTheStaffAccountWithTheRolesOfTheGroupsAndAsksForTheSecondFactor() {
        var person = TestDirectory.person("Berta Bauamt", fresh("berta"), TestDirectory.CLERKS, TestDirectory.CHOIR);
        Visitor browser = visitor();

        HttpResponse<String> password = browser.signIn(person.uid(), TestDirectory.PASSWORD);

        assertThat(Visitor.location(password)).isEqualTo("/anmelden/zweiter-faktor");
        Account account = inTown(() -> accounts.byEmail(person.email())).orElseThrow();
        assertThat(account.kind()).isEqualTo(AccountKind.STAFF);
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.displayName()).isEqualTo("Berta Bauamt");
        assertThat(account.passwordHash())
                .as("the directory keeps the password")
                .isNull();
        assertThat(inTown(() -> roles.of(account.id()))).containsExactly(new RoleGrant(Role.CLERK, bauamt.id()));
        String entryUuid = TestDirectory.entryUuid(person.dn());
        assertThat(inTown(() -> externalIdentities.accountOf("directory", entryUuid)))
                .contains(account.id());
        assertThat(lastAudit(account, "staff.created")).contains("directory");

        HttpResponse<String> page = browser.get("/anmelden/zweiter-faktor");
        Matcher secret = SECRET.matcher(page.body());
        assertThat(secret.find()).isTrue();
        HttpResponse<String> done = browser.post(
                "/anmelden/zweiter-faktor", Map.of("code", Totp.codeAt(Base32.decode(secret.group(1)), Instant.now())));
        assertThat(Visitor.location(done)).isEqualTo("/verwaltung");
        assertThat(browser.get("/verwaltung").statusCode()).isEqualTo(200);

        assertThat(browser.get("/konto").body())
                .as("the directory keeps the password, so Rathaus offers no way to change it")
                .contains("im Verzeichnis Ihrer Verwaltung")
                .doesNotContain("href=\"/konto/passwort\"");
        assertThat(Visitor.location(browser.get("/konto/passwort"))).isEqualTo("/konto");

        inTown(() -> passwordReset.request(person.email(), "198.51.100.7"));
        assertThat(jdbc.sql(
                                "select count(*) from identity.account_token where account_id = ? and purpose = 'RESET_PASSWORD'")
                        .param(account.id())
                        .query(Long.class)
                        .single())
                .as("no reset link for a password that the directory keeps")
                .isZero();
    }

    @Test
    void theTownsAdminSeesThatTheDirectoryKeepsAMembersPassword() {
        var person = TestDirectory.person("Hanna Hinweis", fresh("hanna"), TestDirectory.CLERKS);
        visitor().signIn(person.uid(), TestDirectory.PASSWORD);
        Account member = inTown(() -> accounts.byEmail(person.email())).orElseThrow();
        Account admin = new TestAccounts(context).staff(town, new RoleGrant(Role.TENANT_ADMIN, null));
        Visitor browser = visitor();

        assertThat(Visitor.location(browser.signIn(admin.email(), TestAccounts.PASSWORD)))
                .isEqualTo("/anmelden/zweiter-faktor");
        Matcher secret = SECRET.matcher(browser.get("/anmelden/zweiter-faktor").body());
        assertThat(secret.find()).isTrue();
        browser.post(
                "/anmelden/zweiter-faktor", Map.of("code", Totp.codeAt(Base32.decode(secret.group(1)), Instant.now())));

        assertThat(browser.get("/verwaltung/konten/" + member.id()).body()).contains("Anmeldung über das Verzeichnis");
        assertThat(browser.get("/verwaltung/konten/" + admin.id()).body())
                .doesNotContain("Anmeldung über das Verzeichnis");
    }

    @Test
    void theDirectoryAddressWorksAsLoginNameToo() {
        var person = TestDirectory.person("Emil Mail", fresh("emil"), TestDirectory.EDITORS);

        HttpResponse<String> password = visitor().signIn(person.email(), TestDirectory.PASSWORD);

        assertThat(Visitor.location(password)).isEqualTo("/anmelden/zweiter-faktor");
    }

    @Test
    void aWrongDirectoryPasswordIsRefusedLikeAnyWrongPassword() {
        var person = TestDirectory.person("Fritz Falsch", fresh("fritz"), TestDirectory.CLERKS);
        visitor().signIn(person.uid(), TestDirectory.PASSWORD);
        Account account = inTown(() -> accounts.byEmail(person.email())).orElseThrow();

        HttpResponse<String> wrong = visitor().signIn(person.uid(), "nicht-das-Passwort-1");

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("E-Mail-Adresse oder Passwort stimmen nicht");
        assertThat(lastAudit(account, "login.failed"))
                .contains("wrong password")
                .contains("directory");
    }

    @Test
    void aLoginNameIsTakenLiterallyNeverAsPartOfTheDirectoryFilter() {
        var person = TestDirectory.person("Ingo Injektion", fresh("ingo"), TestDirectory.CLERKS);

        // unescaped, "<uid>*" would match exactly this person and sign them in
        HttpResponse<String> attempt = visitor().signIn(person.uid() + "*", TestDirectory.PASSWORD);

        assertThat(attempt.statusCode()).isEqualTo(400);
        assertThat(inTown(() -> accounts.byEmail(person.email()))).isEmpty();
    }

    @Test
    void aPasswordKeptInRathausNeverStandsInForTheDirectory() {
        var person = TestDirectory.person("Paula Parallel", fresh("paula"), TestDirectory.CLERKS);
        visitor().signIn(person.uid(), TestDirectory.PASSWORD);
        Account account = inTown(() -> accounts.byEmail(person.email())).orElseThrow();
        String localPassword = "lokales-Passwort-123";
        inTown(() -> accounts.changePassword(account.id(), passwords.hash(localPassword)));

        assertThat(visitor().signIn(person.email(), localPassword).statusCode())
                .as("the directory knows her and says no")
                .isEqualTo(400);

        TestDirectory.remove(person.dn());
        assertThat(visitor().signIn(person.email(), localPassword).statusCode())
                .as("removed from the directory, she stays out")
                .isEqualTo(400);
        assertThat(lastAudit(account, "login.failed")).contains("not in the directory");
    }

    @Test
    void theDirectoryGroupsDecideTheRolesAtEverySignIn() {
        var person = TestDirectory.person("Gustav Gruppe", fresh("gustav"), TestDirectory.CLERKS);
        visitor().signIn(person.uid(), TestDirectory.PASSWORD);
        Account account = inTown(() -> accounts.byEmail(person.email())).orElseThrow();

        TestDirectory.leave(person.dn(), TestDirectory.CLERKS);
        TestDirectory.join(person.dn(), TestDirectory.EDITORS);
        TestDirectory.rename(person.dn(), "Gustav Neuname");
        visitor().signIn(person.uid(), TestDirectory.PASSWORD);

        assertThat(inTown(() -> roles.of(account.id()))).containsExactly(new RoleGrant(Role.EDITOR, null));
        assertThat(inTown(() -> accounts.require(account.id())).displayName()).isEqualTo("Gustav Neuname");
        assertThat(lastAudit(account, "role.revoked")).contains("CLERK");
        assertThat(lastAudit(account, "role.granted")).contains("EDITOR");
    }

    @Test
    void someoneInNoGroupThatGivesARoleIsNotLetIn() {
        var person = TestDirectory.person("Chris Chor", fresh("chris"), TestDirectory.CHOIR);

        HttpResponse<String> refused = visitor().signIn(person.uid(), TestDirectory.PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Dieser Zugang ist gesperrt");
        assertThat(inTown(() -> accounts.byEmail(person.email()))).isEmpty();
    }

    @Test
    void anAccountBlockedInRathausStaysBlockedWhateverTheDirectorySays() {
        var person = TestDirectory.person("Dora Deaktiviert", fresh("dora"), TestDirectory.CLERKS);
        visitor().signIn(person.uid(), TestDirectory.PASSWORD);
        Account account = inTown(() -> accounts.byEmail(person.email())).orElseThrow();
        inTown(() -> administration.deactivate(account));

        HttpResponse<String> refused = visitor().signIn(person.uid(), TestDirectory.PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(lastAudit(account, "login.refused")).contains("deactivated");
    }

    @Test
    void anInvitedAccountWithTheSameAddressIsTakenOver() {
        String email = fresh("ina");
        Account invited = CurrentTenant.runAs(town, () -> {
            try {
                return administration.invite(email, "Ina Eingeladen", new RoleGrant(Role.CLERK, bauamt.id()));
            } catch (AddressTakenException e) {
                throw new IllegalStateException(e);
            }
        });
        var person = TestDirectory.person("Ina Eingeladen", email, TestDirectory.CLERKS);

        HttpResponse<String> password = visitor().signIn(person.uid(), TestDirectory.PASSWORD);

        assertThat(Visitor.location(password)).isEqualTo("/anmelden/zweiter-faktor");
        Account account = inTown(() -> accounts.require(invited.id()));
        assertThat(account.status()).as("the directory vouches for the person").isEqualTo(AccountStatus.ACTIVE);
        assertThat(inTown(() -> externalIdentities.linked(invited.id(), "directory")))
                .isTrue();
    }

    @Test
    void aDirectoryEntryWithoutAnAddressCannotSignIn() {
        var person = TestDirectory.person("Otto Ohnepost", null, TestDirectory.CLERKS);

        HttpResponse<String> refused = visitor().signIn(person.uid(), TestDirectory.PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void whileTheDirectoryIsDownItsStaffStayOutAndEveryoneElseSignsIn() {
        var person = TestDirectory.person("Udo Unterbrochen", fresh("udo"), TestDirectory.CLERKS);
        visitor().signIn(person.uid(), TestDirectory.PASSWORD);
        String citizenEmail = fresh("buerger");
        inTown(() -> accounts.insert(
                AccountKind.CITIZEN,
                AccountStatus.ACTIVE,
                citizenEmail,
                "Bea Bürger",
                passwords.hash(TestAccounts.PASSWORD),
                false,
                false));

        TestDirectory.whileDown(() -> {
            assertThat(visitor().signIn(person.email(), TestDirectory.PASSWORD).statusCode())
                    .isEqualTo(400);
            HttpResponse<String> citizen = visitor().signIn(citizenEmail, TestAccounts.PASSWORD);
            assertThat(Visitor.location(citizen)).isEqualTo("/konto");
        });
    }

    @Test
    void citizensOfATownWithADirectorySignInWithTheirPassword() {
        String email = fresh("clara");
        inTown(() -> accounts.insert(
                AccountKind.CITIZEN,
                AccountStatus.ACTIVE,
                email,
                "Clara Citoyenne",
                passwords.hash(TestAccounts.PASSWORD),
                false,
                false));

        HttpResponse<String> signedIn = visitor().signIn(email, TestAccounts.PASSWORD);

        assertThat(Visitor.location(signedIn)).isEqualTo("/konto");
    }

    private Visitor visitor() {
        return new Visitor(port, HOST).withHeader("X-Forwarded-For", "192.0.2." + (1 + (int) (Math.random() * 250)));
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@verzeichnis.example";
    }

    private <T> T inTown(Supplier<T> work) {
        return CurrentTenant.runAs(town, work);
    }

    private void inTown(Runnable work) {
        CurrentTenant.runAs(town, work);
    }

    private String lastAudit(Account account, String action) {
        return jdbc.sql("""
                        select details::text from platform.audit_entry
                         where tenant_id = ? and object_id = ? and action = ?
                         order by seq desc limit 1
                        """)
                .params(town.id().value(), account.pseudonym().toString(), action)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new AssertionError("no audit entry " + action));
    }
}

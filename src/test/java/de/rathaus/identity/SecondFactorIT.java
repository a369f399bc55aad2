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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class SecondFactorIT {

    private static final Pattern SECRET = Pattern.compile("otpauth://totp/[^\"]*secret=([A-Z2-7]+)");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Offices offices;

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
        return new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.71");
    }

    Account clerk() {
        return accounts.staff(musterstadt, new RoleGrant(Role.CLERK, buergerbuero.id()));
    }

    /** Signs in for the first time, sets up the app and returns its secret. */
    byte[] enrol(Visitor browser, Account staff) {
        HttpResponse<String> password = browser.signIn(staff.email(), TestAccounts.PASSWORD);
        assertThat(Visitor.location(password)).isEqualTo("/anmelden/zweiter-faktor");
        HttpResponse<String> page = browser.get("/anmelden/zweiter-faktor");
        Matcher secret = SECRET.matcher(page.body());
        assertThat(secret.find()).as("the page offers an otpauth link").isTrue();
        byte[] key = Base32.decode(secret.group(1));
        HttpResponse<String> done =
                browser.post("/anmelden/zweiter-faktor", Map.of("code", Totp.codeAt(key, Instant.now())));
        assertThat(Visitor.location(done)).isEqualTo("/verwaltung");
        return key;
    }

    @Test
    void newStaffSetUpTheAppAtTheFirstSignIn() {
        Account staff = clerk();
        Visitor browser = visitor();
        HttpResponse<String> password = browser.signIn(staff.email(), TestAccounts.PASSWORD);
        String pendingSession = browser.cookie("RATHAUS_SESSION").orElseThrow();
        assertThat(Visitor.location(password)).isEqualTo("/anmelden/zweiter-faktor");
        assertThat(browser.get("/verwaltung").statusCode())
                .as("not signed in yet")
                .isEqualTo(302);

        HttpResponse<String> page = browser.get("/anmelden/zweiter-faktor");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Zweiten Faktor einrichten")
                .contains("otpauth://totp/Rathaus%20Musterstadt:")
                .contains("issuer=Rathaus%20Musterstadt")
                .contains("autocomplete=\"one-time-code\"");
        Matcher secret = SECRET.matcher(page.body());
        assertThat(secret.find()).isTrue();
        byte[] key = Base32.decode(secret.group(1));
        assertThat(page.body())
                .as("the secret is also shown as text")
                .contains(secret.group(1).substring(0, 4) + " ");

        HttpResponse<String> wrong = browser.post("/anmelden/zweiter-faktor", Map.of("code", "000000"));
        if (!Totp.codeAt(key, Instant.now()).equals("000000")) {
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(wrong.body())
                    .contains("Der eingegebene Code stimmt nicht")
                    .contains(secret.group(1).substring(0, 4));
        }

        HttpResponse<String> done =
                browser.post("/anmelden/zweiter-faktor", Map.of("code", Totp.codeAt(key, Instant.now())));
        assertThat(Visitor.location(done)).isEqualTo("/verwaltung");
        assertThat(browser.cookie("RATHAUS_SESSION"))
                .get()
                .as("the session id changes when it gains rights")
                .isNotEqualTo(pendingSession);
        HttpResponse<String> home = browser.get("/verwaltung");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).doesNotContain("ohne zweiten Faktor");
    }

    @Test
    void laterSignInsAskForTheCodeAndRefuseAReplayedOne() {
        Account staff = clerk();
        byte[] key = enrol(visitor(), staff);

        Visitor browser = visitor();
        HttpResponse<String> password = browser.signIn(staff.email(), TestAccounts.PASSWORD);
        assertThat(Visitor.location(password)).isEqualTo("/anmelden/code");
        assertThat(browser.get("/anmelden/code").body()).contains("Code eingeben");
        String code = Totp.codeAt(key, Instant.now().plus(Duration.ofSeconds(Totp.STEP_SECONDS)));
        HttpResponse<String> done = browser.post("/anmelden/code", Map.of("code", code));
        assertThat(Visitor.location(done)).isEqualTo("/verwaltung");

        Visitor replay = visitor();
        replay.signIn(staff.email(), TestAccounts.PASSWORD);
        replay.get("/anmelden/code");
        HttpResponse<String> refused = replay.post("/anmelden/code", Map.of("code", code));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(replay.get("/verwaltung").statusCode()).isEqualTo(302);
    }

    @Test
    void fiveWrongCodesLockTheSignIn() {
        Account staff = clerk();
        byte[] key = enrol(visitor(), staff);
        String right = Totp.codeAt(key, Instant.now().plus(Duration.ofSeconds(Totp.STEP_SECONDS)));
        String wrong = right.equals("123456") ? "654321" : "123456";

        Visitor browser = visitor();
        browser.signIn(staff.email(), TestAccounts.PASSWORD);
        browser.get("/anmelden/code");
        HttpResponse<String> last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            last = browser.post("/anmelden/code", Map.of("code", wrong));
        }
        assertThat(Visitor.location(last)).isEqualTo("/anmelden?gesperrt");
        assertThat(browser.get("/anmelden?gesperrt").body()).contains("Anmeldung vorübergehend gesperrt");
        assertThat(browser.post("/anmelden/code", Map.of("code", right)).statusCode())
                .isEqualTo(302);
        assertThat(browser.get("/verwaltung").statusCode()).isEqualTo(302);
        assertThat(visitor().signIn(staff.email(), TestAccounts.PASSWORD).statusCode())
                .isEqualTo(429);
    }

    @Test
    void theStepPagesNeedAPendingSignIn() {
        for (String path : new String[] {"/anmelden/code", "/anmelden/zweiter-faktor", "/anmelden/neues-passwort"}) {
            HttpResponse<String> page = visitor().get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(Visitor.location(page)).as(path).isEqualTo("/anmelden");
        }
    }

    @Test
    void aCitizenNeedsNoSecondFactor() {
        Account citizen = accounts.citizen(musterstadt);

        assertThat(Visitor.location(visitor().signIn(citizen.email(), TestAccounts.PASSWORD)))
                .isEqualTo("/konto");
    }

    @Test
    void theSignedInStaffMemberHasTheirRolesAndSubstantialTrust() {
        Account staff = clerk();
        Visitor browser = visitor();
        enrol(browser, staff);

        String home = browser.get("/verwaltung").body();
        assertThat(home).contains("Sachbearbeitung – Bürgerbüro").contains("Mein Konto");
        assertThat(browser.get("/konto").body()).contains(staff.email());
    }
}

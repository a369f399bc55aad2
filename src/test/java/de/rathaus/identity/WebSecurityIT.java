package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.identity.account.Account;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class WebSecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Visitor visitor() {
        return new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.9");
    }

    @Test
    void anonymousPagesCreateNoSession() {
        Visitor anonymous = visitor();
        for (String path :
                new String[] {"/", "/anmelden", "/registrieren", "/passwort-vergessen", "/anmelden?lang=en"}) {
            HttpResponse<String> page = anonymous.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("RATHAUS_SESSION"));
        }
        assertThat(anonymous.cookie("RATHAUS_SESSION")).isEmpty();
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefused() {
        Account citizen = new TestAccounts(context).citizen(new TestAccounts(context).musterstadt());
        Visitor attacker = visitor();

        HttpResponse<String> refused =
                attacker.postRaw("/anmelden", Map.of("username", citizen.email(), "password", TestAccounts.PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(attacker.cookie("RATHAUS_SESSION")).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String path : new String[] {"/konto", "/verwaltung", "/verwaltung/konten", "/betrieb"}) {
            HttpResponse<String> page = visitor().get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(Visitor.location(page)).as(path).isEqualTo("/anmelden");
        }
    }

    @Test
    void aCitizenMayNotEnterTheStaffOrOperatorArea() {
        Visitor citizen = visitor();
        citizen.signIn("buerger@musterstadt.example", "Rathaus-Demo-2026");

        assertThat(citizen.get("/konto").statusCode()).isEqualTo(200);
        HttpResponse<String> staff = citizen.get("/verwaltung");
        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(staff.body())
                .contains("Kein Zugriff")
                .as("the header still shows who is signed in")
                .contains("Abmelden");
        assertThat(citizen.get("/betrieb").statusCode()).isEqualTo(403);
    }

    @Test
    void aClerkSeesTheStaffAreaButNotTheAccountAdministration() {
        Visitor clerk = visitor();
        clerk.signIn("sachbearbeitung@musterstadt.example", "Rathaus-Demo-2026");

        HttpResponse<String> home = clerk.get("/verwaltung");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Guten Tag, Sam Schreiber").contains("Sachbearbeitung – Bürgerbüro");
        assertThat(home.body()).doesNotContain("/verwaltung/konten");
        assertThat(clerk.get("/verwaltung/konten").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/betrieb").statusCode()).isEqualTo(403);
    }

    @Test
    void demoStaffSignedInWithoutSecondFactorSeeTheBanner() {
        Visitor clerk = visitor();
        clerk.signIn("sachbearbeitung@musterstadt.example", "Rathaus-Demo-2026");

        assertThat(clerk.get("/verwaltung").body()).contains("ohne zweiten Faktor angemeldet");
        assertThat(visitor().get("/").body())
                .contains("Demo mit erfundenen Daten")
                .doesNotContain("ohne zweiten Faktor");
    }
}

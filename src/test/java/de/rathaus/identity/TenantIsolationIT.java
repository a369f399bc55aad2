package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.identity.account.Account;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class TenantIsolationIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void anAccountOfOneTownCannotSignInOnAnother() {
        var accounts = new TestAccounts(context);
        Account stadtCitizen = accounts.citizen(accounts.musterstadt());

        var dorf = new Visitor(port, "musterdorf.localhost").withHeader("X-Forwarded-For", "198.51.100.31");
        HttpResponse<String> refused = dorf.signIn(stadtCitizen.email(), TestAccounts.PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("E-Mail-Adresse oder Passwort stimmen nicht");
        assertThat(dorf.cookie("RATHAUS_SESSION")).isEmpty();
    }

    @Test
    void aSessionFromOneTownIsNotAcceptedOnAnothersHost() {
        var stadt = new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.32");
        assertThat(stadt.signIn("admin@musterstadt.example", "Rathaus-Demo-2026")
                        .statusCode())
                .isEqualTo(302);
        assertThat(stadt.get("/verwaltung").statusCode()).isEqualTo(200);

        Visitor carried = stadt.on("musterdorf.localhost", port);
        HttpResponse<String> elsewhere = carried.get("/verwaltung");
        assertThat(elsewhere.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(elsewhere)).isEqualTo("/anmelden");
        assertThat(carried.get("/").body()).doesNotContain("Ada Adler").contains("Anmelden");

        assertThat(stadt.get("/verwaltung").statusCode())
                .as("still valid on its own town")
                .isEqualTo(200);
    }

    @Test
    void theSameAddressMayHaveSeparateAccountsInTwoTowns() {
        var stadt = new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.33");
        var dorf = new Visitor(port, "musterdorf.localhost").withHeader("X-Forwarded-For", "198.51.100.33");

        assertThat(stadt.signIn("buerger@musterstadt.example", "Rathaus-Demo-2026")
                        .statusCode())
                .isEqualTo(302);
        assertThat(dorf.signIn("buerger@musterstadt.example", "Rathaus-Demo-2026")
                        .statusCode())
                .isEqualTo(400);
        assertThat(dorf.signIn("buerger@musterdorf.example", "Rathaus-Demo-2026")
                        .statusCode())
                .isEqualTo(302);
        assertThat(dorf.get("/konto").body()).contains("Max Mustermann").doesNotContain("Erika");
    }
}

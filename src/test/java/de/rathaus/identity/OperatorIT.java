package de.rathaus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.identity.login.Base32;
import de.rathaus.identity.login.Totp;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class OperatorIT {

    @RegisterExtension
    static final Mailbox mailbox = new Mailbox();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Visitor operator() {
        Visitor operator = new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.91");
        assertThat(Visitor.location(operator.signIn("betrieb@rathaus.example", "Rathaus-Demo-2026")))
                .isEqualTo("/betrieb");
        return operator;
    }

    static Map<String, String> town(String slug, String host, String colour, String adminEmail) {
        var fields = new HashMap<String, String>();
        fields.put("name", "Neustadt " + slug);
        fields.put("slug", slug);
        fields.put("host", host);
        fields.put("accentColour", colour);
        fields.put("address", "Am Rathaus 1");
        fields.put("email", "");
        fields.put("phone", "");
        fields.put("representedBy", "");
        fields.put("adminEmail", adminEmail);
        fields.put("adminName", "Olga Ober");
        return fields;
    }

    @Test
    void theOperatorSeesTownsAndHostsButNoPersonalData() {
        Visitor operator = operator();

        HttpResponse<String> towns = operator.get("/betrieb");

        assertThat(towns.statusCode()).isEqualTo(200);
        assertThat(towns.body())
                .contains("Musterstadt")
                .contains("Musterdorf")
                .contains("musterdorf.localhost")
                .doesNotContain("@musterstadt.example")
                .doesNotContain("Erika");
        assertThat(operator.get("/verwaltung").statusCode()).isEqualTo(403);
        assertThat(operator.get("/verwaltung/konten").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("""
            select action from platform.audit_entry
             where tenant_id = '00000000-0000-0000-0000-000000000000' and actor_kind = 'OPERATOR'
             order by seq desc limit 1
            """).query(String.class).single())
                .as("the operator's sign-in is in the installation's chain, not the town's")
                .isEqualTo("login.succeeded");
    }

    @Test
    void theOperatorAddsATownWhoseAdministratorIsInvitedOnTheTownsHost() {
        String slug = "neu-" + UUID.randomUUID().toString().substring(0, 6);
        String host = slug + ".localhost";
        String adminEmail = TestAccounts.freshEmail("olga");
        Visitor operator = operator();
        operator.get("/betrieb/gemeinden/neu");

        HttpResponse<String> created = operator.post("/betrieb/gemeinden/neu", town(slug, host, "#1d4f91", adminEmail));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(created)).isEqualTo("/betrieb?angelegt");
        assertThat(operator.get("/betrieb").body()).contains("Neustadt " + slug).contains(host);

        Mailbox.Mail mail = mailbox.first(adminEmail);
        assertThat(mail.subject()).isEqualTo("Neustadt " + slug + ": Ihr Zugang zur Verwaltung");
        assertThat(mail.text()).contains("http://" + host + "/einladung?token=");
        Visitor admin = new Visitor(port, host).withHeader("X-Forwarded-For", "198.51.100.92");
        admin.get(mail.link("/einladung"));
        admin.post(
                "/einladung",
                Map.of(
                        "token",
                        mail.token("/einladung"),
                        "password",
                        TestAccounts.PASSWORD,
                        "repeat",
                        TestAccounts.PASSWORD));
        assertThat(Visitor.location(admin.signIn(adminEmail, TestAccounts.PASSWORD)))
                .isEqualTo("/anmelden/zweiter-faktor");
        Matcher secret = Pattern.compile("secret=([A-Z2-7]+)")
                .matcher(admin.get("/anmelden/zweiter-faktor").body());
        assertThat(secret.find()).isTrue();
        admin.post(
                "/anmelden/zweiter-faktor", Map.of("code", Totp.codeAt(Base32.decode(secret.group(1)), Instant.now())));
        assertThat(admin.get("/verwaltung/konten").body()).contains("Olga Ober").contains("Administration");

        String actorKind = jdbc.sql("""
            select e.actor_kind from platform.audit_entry e
             where e.tenant_id = '00000000-0000-0000-0000-000000000000' and e.action = 'tenant.created'
               and e.object_id = (select id::text from platform.tenant where slug = ?)
            """).param(slug).query(String.class).single();
        assertThat(actorKind).as("operators act for the installation").isEqualTo("OPERATOR");
    }

    @Test
    void badTownDataIsNamedAndNothingIsStored() {
        String slug = "falsch-" + UUID.randomUUID().toString().substring(0, 6);
        Visitor operator = operator();
        operator.get("/betrieb/gemeinden/neu");

        HttpResponse<String> refused =
                operator.post("/betrieb/gemeinden/neu", town("Gross Und Klein", "localhost", "gelb", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Geben Sie einen Kurznamen aus Kleinbuchstaben")
                .contains("Diese Adresse gehört schon zu einer Gemeinde")
                .contains("Geben Sie die Farbe als Hex-Wert ein")
                .contains("Geben Sie die E-Mail-Adresse der Person ein");

        HttpResponse<String> pale = operator.post(
                "/betrieb/gemeinden/neu", town(slug, slug + ".localhost", "#ffff00", TestAccounts.freshEmail("x")));
        assertThat(pale.statusCode()).isEqualTo(400);
        assertThat(pale.body()).contains("Wählen Sie eine dunklere Farbe");
        assertThat(jdbc.sql("select count(*) from platform.tenant where slug = ?")
                        .param(slug)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void staffAndCitizensMayNotEnterOperations() {
        Visitor admin = new Visitor(port, "localhost").withHeader("X-Forwarded-For", "198.51.100.93");
        admin.signIn("admin@musterstadt.example", "Rathaus-Demo-2026");

        assertThat(admin.get("/betrieb").statusCode()).isEqualTo(403);
        assertThat(admin.get("/actuator/prometheus").statusCode()).isEqualTo(403);
    }
}

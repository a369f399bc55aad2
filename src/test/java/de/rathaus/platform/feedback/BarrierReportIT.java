package de.rathaus.platform.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class BarrierReportIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReportIsStoredForItsTownAndMailedToIt() {
        String message = "Der Kalender ist mit der Tastatur nicht bedienbar " + UUID.randomUUID();

        var response = new Visitor(port, "musterdorf.localhost")
                .submit(
                        "/barrierefreiheit/melden",
                        Map.of("message", message, "page", "/termine", "email", "leser@example.org"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/barrierefreiheit/gemeldet"));
        assertThat(jdbc.sql("""
                        select t.slug from platform.accessibility_feedback f join platform.tenant t on t.id = f.tenant_id
                         where f.message = ?""").param(message).query(String.class).list()).containsExactly("musterdorf");
        assertThat(jdbc.sql("select recipient from platform.mail_outbox where body like ?")
                        .param("%" + message + "%")
                        .query(String.class)
                        .list())
                .containsExactly("gemeinde@musterdorf.example");
    }

    @Test
    void anEmptyReportIsRefusedWithAFieldMessageAndNothingIsStored() {
        long before = count();

        var response = new Visitor(port, "localhost")
                .submit("/barrierefreiheit/melden", Map.of("message", " ", "email", "keine-adresse"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("Es gibt ein Problem")
                .contains("Beschreiben Sie bitte die Barriere")
                .contains("href=\"#message\"")
                .contains("Geben Sie eine E-Mail-Adresse im richtigen Format ein")
                .contains("value=\"keine-adresse\"");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aPostWithoutCsrfTokenIsRejected() {
        long before = count();

        var response = new Visitor(port, "localhost").postRaw("/barrierefreiheit/melden", Map.of("message", "Test"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theFormCreatesNoSessionForAnonymousVisitors() {
        var page = new Visitor(port, "localhost").get("/barrierefreiheit/melden");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"_csrf\"");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("RATHAUS_SESSION"));
    }

    @Autowired
    BarrierReports reports;

    @Test
    void reportsPastTheirRetentionAreDeletedOnRecord() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        String town = "(select id from platform.tenant where slug = 'musterstadt')";
        jdbc.sql("insert into platform.accessibility_feedback (tenant_id, id, message, created_at) values (" + town
                        + ", ?, 'alt', now() - interval '400 days')")
                .param(old)
                .update();
        jdbc.sql("insert into platform.accessibility_feedback (tenant_id, id, message) values (" + town + ", ?, 'neu')")
                .param(recent)
                .update();

        assertThat(reports.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("select id from platform.accessibility_feedback where id in (?, ?)")
                        .params(old, recent)
                        .query(UUID.class)
                        .list())
                .containsExactly(recent);
        assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'accessibility-feedback.deleted'"
                                + " and tenant_id = " + town)
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    private long count() {
        return jdbc.sql("select count(*) from platform.accessibility_feedback")
                .query(Long.class)
                .single();
    }
}

package de.rathaus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.Http;
import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PublicPagesIT {

    @LocalServerPort
    int port;

    @Test
    void homePageIsGermanWithSecurityHeadersAndNoSession() {
        HttpResponse<String> home = new Visitor(port, "localhost").get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"de\"").contains("Musterstadt");
        var headers = home.headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("script-src 'self'")
                        .contains("style-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("RATHAUS_SESSION"));
    }

    @Test
    void englishOnRequestViaCookieNotSession() {
        HttpResponse<String> english = new Visitor(port, "localhost").get("/?lang=en");

        assertThat(english.body()).contains("<html lang=\"en\"").contains("Welcome to the digital town hall");
        assertThat(english.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("rathaus-lang=en"))
                .noneMatch(cookie -> cookie.startsWith("RATHAUS_SESSION"));
    }

    @Test
    void eachHostShowsItsOwnTown() {

        assertThat(new Visitor(port, "musterdorf.localhost").get("/").body())
                .contains("Musterdorf")
                .doesNotContain("Musterstadt");
        assertThat(new Visitor(port, "unbekannt.example").get("/").body()).contains("Musterstadt");
        assertThat(new Visitor(port, "musterdorf.localhost").get("/theme.css").body())
                .contains("#7a2e8c");
        assertThat(new Visitor(port, "localhost").get("/theme.css").body()).contains("#005ea5");
    }

    @Test
    void theTownApiAnswersOnlyWithTheRequestedTownsData() {
        var http = new Http(port);

        String dorf = http.send(http.request("musterdorf.localhost", "/api/v1/town")
                        .GET()
                        .build())
                .body();
        String stadt = http.send(http.request("localhost", "/api/v1/town").GET().build())
                .body();

        assertThat(dorf)
                .contains("\"name\":\"Musterdorf\"")
                .contains("Gemeindekasse")
                .doesNotContain("Bürgerbüro");
        assertThat(stadt)
                .contains("\"name\":\"Musterstadt\"")
                .contains("Bürgerbüro")
                .doesNotContain("Gemeindekasse");
    }

    @Test
    void legalAndAccessibilityPagesExist() {
        for (String path :
                new String[] {"/impressum", "/datenschutz", "/barrierefreiheit", "/leichte-sprache", "/gebaerdensprache"
                }) {
            HttpResponse<String> page = new Visitor(port, "localhost").get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body())
                    .as(path)
                    .contains("Musterstadt")
                    .contains("<h1")
                    .doesNotContain("??");
        }
    }

    @Test
    void unknownPageGetsFriendlyGerman404() {
        HttpResponse<String> missing = new Visitor(port, "localhost").get("/gibt-es-nicht");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Seite nicht gefunden").contains("<html lang=\"de\"");
    }

    @Test
    void healthIsUpForAnonymousButMetricsAreNot() {
        var http = new Http(port);

        HttpResponse<String> health = http.send(http.request("localhost", "/actuator/health")
                .header("Accept", "application/json")
                .GET()
                .build());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(new Visitor(port, "localhost").get("/actuator/prometheus").statusCode())
                .isIn(302, 401, 403);
    }
}

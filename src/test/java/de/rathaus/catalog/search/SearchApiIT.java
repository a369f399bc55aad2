package de.rathaus.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.Http;
import de.rathaus.IntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/search: the JSON shape and problem details for bad parameters. */
@IntegrationTest
class SearchApiIT {

    final JsonMapper json = new JsonMapper();

    @LocalServerPort
    int port;

    @Test
    void answersWithHitsSnippetsAndPageAddresses() {
        HttpResponse<String> response = get("localhost", "/api/v1/search?q=" + encode("Personalausweis") + "&limit=3");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("query").asString()).isEqualTo("Personalausweis");
        assertThat(body.get("correctedQuery").isNull()).isTrue();
        assertThat(body.get("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(body.get("hits")).hasSize(3);
        JsonNode first = body.get("hits").get(0);
        assertThat(first.get("kind").asString()).isEqualTo("SERVICE");
        assertThat(first.get("slug").asString()).isEqualTo("personalausweis-beantragen");
        assertThat(first.get("id").asString()).hasSize(36);
        assertThat(first.get("title").asString()).isEqualTo("Personalausweis beantragen");
        assertThat(first.get("teaser").asString()).isNotBlank();
        assertThat(first.get("url").asString()).endsWith("/leistungen/personalausweis-beantragen");
        assertThat(first.get("snippet").get(0).has("text")).isTrue();
        assertThat(first.get("snippet").get(0).has("marked")).isTrue();
    }

    @Test
    void reportsTheCorrection() {
        JsonNode body =
                json.readTree(get("localhost", "/api/v1/search?q=hundesteur").body());

        assertThat(body.get("correctedQuery").asString()).isEqualTo("hundesteuer");
        assertThat(body.get("hits").size()).isPositive();
    }

    @Test
    void answersEachTownFromItsOwnCatalogue() {
        JsonNode dorf = json.readTree(get("musterdorf.localhost", "/api/v1/search?q=Bewohnerparkausweis&limit=100")
                .body());

        for (JsonNode hit : dorf.get("hits")) {
            assertThat(hit.get("slug").asString()).isNotEqualTo("bewohnerparkausweis");
            assertThat(hit.get("url").asString()).startsWith("http://musterdorf.localhost");
        }
    }

    @Test
    void oddQueriesAreNoErrors() {
        for (String query : new String[] {"", "🙂", "'; --", "a".repeat(5000), "und oder"}) {
            HttpResponse<String> response = get("localhost", "/api/v1/search?q=" + encode(query));
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(json.readTree(response.body()).get("total").asInt())
                    .as(query)
                    .isZero();
        }
    }

    @Test
    void aMissingQueryOrABadLimitIsAProblem() {
        for (String path : new String[] {
            "/api/v1/search",
            "/api/v1/search?q=hund&limit=0",
            "/api/v1/search?q=hund&limit=101",
            "/api/v1/search?q=hund&limit=zehn"
        }) {
            HttpResponse<String> response = get("localhost", path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("detail").asString()).as(path).containsAnyOf("q", "limit");
        }
    }

    private HttpResponse<String> get(String host, String path) {
        return new Http(port)
                .send(new Http(port)
                        .request(host, path)
                        .header("Accept", "application/json")
                        .GET()
                        .build());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

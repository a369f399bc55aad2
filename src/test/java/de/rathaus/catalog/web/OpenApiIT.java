package de.rathaus.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.Http;
import de.rathaus.IntegrationTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI 3.1 document of the JSON API: served, complete for the catalogue, and valid. */
@IntegrationTest
class OpenApiIT {

    @LocalServerPort
    int port;

    @Test
    void documentsTheCatalogueApiAsValidOpenApi31() {
        Http http = new Http(port);
        HttpResponse<String> response = http.send(http.request("localhost", "/api/v1/openapi.json")
                .header("Accept", "application/json")
                .GET()
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JsonMapper.builder().build().readTree(response.body());
        assertThat(document.path("openapi").asString()).startsWith("3.1");
        assertThat(document.path("info").path("title").asString()).isEqualTo("Rathaus API");
        assertThat(document.path("info").path("license").path("identifier").asString())
                .isEqualTo("EUPL-1.2");
        JsonNode paths = document.path("paths");
        assertThat(paths.propertyNames())
                .contains("/api/v1/services", "/api/v1/services/{id}", "/api/v1/life-situations", "/api/v1/offices")
                .allSatisfy(path -> assertThat(path).startsWith("/api/v1/"));
        JsonNode list = paths.path("/api/v1/services").path("get");
        assertThat(list.path("summary").asString()).isNotBlank();
        assertThat(list.path("parameters").get(0).path("name").asString()).isEqualTo("lifeSituation");
        assertThat(paths.path("/api/v1/services/{id}")
                        .path("get")
                        .path("responses")
                        .has("404"))
                .isTrue();

        JsonNode search = paths.path("/api/v1/search").path("get");
        assertThat(search.path("summary").asString()).startsWith("Search");
        List<String> parameters = new ArrayList<>();
        search.path("parameters")
                .forEach(parameter -> parameters.add(parameter.path("name").asString()));
        assertThat(parameters).contains("q", "limit");

        SwaggerParseResult parsed = new OpenAPIParser().readContents(response.body(), null, null);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getComponents().getSchemas()).containsKeys("ServiceItem", "ServiceDetail");
    }
}

package de.rathaus.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.Http;
import de.rathaus.IntegrationTest;
import de.rathaus.catalog.store.CatalogImport;
import de.rathaus.catalog.store.CatalogJson;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue's JSON API under /api/v1, on a fresh town with a small catalogue. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    CatalogImport importer;

    @Autowired
    CatalogJson json;

    Tenant town;

    @BeforeAll
    void seed() {
        town = PagesTestCatalog.town(tenants, importer, json);
    }

    @Test
    void listsThePublishedServicesAToZWithKeysOfficeAndPage() {
        JsonNode services = ok(get(PagesTestCatalog.host(town), "/api/v1/services"));

        assertThat(names(services))
                .containsExactly(
                        "Feuerwerk <b>anzeigen</b>",
                        "Führerschein beantragen",
                        "Gewerbe anmelden",
                        "Sondernutzung beantragen",
                        "Wohnsitz anmelden");
        JsonNode moving = services.get(4);
        assertThat(moving.path("slug").asString()).isEqualTo("wohnsitz-anmelden");
        assertThat(moving.path("leikaKeys").get(0).asString()).isEqualTo("99115001001000");
        assertThat(moving.path("office").path("slug").asString()).isEqualTo("buergeramt");
        assertThat(moving.path("office").path("name").asString()).isEqualTo("Bürgeramt");
        assertThat(moving.path("url").asString()).endsWith("/leistungen/wohnsitz-anmelden");
        assertThat(moving.path("id").asString()).hasSize(36);
        assertThat(services.get(1).has("office")).isFalse(); // the Landratsamt's service
    }

    @Test
    void filtersByLifeSituationAndRefusesAnUnknownOne() {
        assertThat(names(ok(get(PagesTestCatalog.host(town), "/api/v1/services?lifeSituation=umzug"))))
                .containsExactly("Führerschein beantragen", "Wohnsitz anmelden");

        HttpResponse<String> unknown = get(PagesTestCatalog.host(town), "/api/v1/services?lifeSituation=%3Cscript%3E");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(unknown.body()).doesNotContain("<script>");
    }

    @Test
    void oneServiceComesWithItsFullContentOfficeAndLifeSituations() {
        String id = idOf("wohnsitz-anmelden");

        JsonNode service = ok(get(PagesTestCatalog.host(town), "/api/v1/services/" + id));

        assertThat(service.path("id").asString()).isEqualTo(id);
        assertThat(service.path("content").path("documents").get(1).asString()).isEqualTo("Wohnungsgeberbestätigung");
        assertThat(service.path("content").path("fees").get(0).path("label").asString())
                .isEqualTo("Anmeldung");
        assertThat(service.path("office")
                        .path("openingHours")
                        .get(0)
                        .path("days")
                        .get(0)
                        .asString())
                .isEqualTo("MONDAY");
        assertThat(service.path("office").path("locations").get(0).path("name").asString())
                .isEqualTo("Rathaus Kleinstadt");
        assertThat(service.path("lifeSituations").get(0).path("slug").asString())
                .isEqualTo("umzug");
        assertThat(service.path("publishedAt").asString()).isNotBlank();
    }

    @Test
    void unknownAndMalformedIdsAreProblems() {
        HttpResponse<String> unknown =
                get(PagesTestCatalog.host(town), "/api/v1/services/0195f0a0-0000-7000-8000-000000000000");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(unknown.body()).path("status").asInt()).isEqualTo(404);

        HttpResponse<String> malformed = get(PagesTestCatalog.host(town), "/api/v1/services/kein-uuid");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void anotherTownCannotReadThisTownsServices() {
        String id = idOf("wohnsitz-anmelden");

        assertThat(get("localhost", "/api/v1/services/" + id).statusCode()).isEqualTo(404);
        assertThat(get("musterdorf.localhost", "/api/v1/services/" + id).statusCode())
                .isEqualTo(404);
        assertThat(names(ok(get("musterdorf.localhost", "/api/v1/services"))))
                .doesNotContain("Feuerwerk <b>anzeigen</b>");
    }

    @Test
    void listsLifeSituationsAndOfficesWithHoursAndLocations() {
        JsonNode situations = ok(get(PagesTestCatalog.host(town), "/api/v1/life-situations"));
        assertThat(situations).hasSize(2);
        assertThat(situations.get(0).path("slug").asString()).isEqualTo("umzug");
        assertThat(situations.get(0).path("audience").asString()).isEqualTo("CITIZEN");
        assertThat(situations.get(1).path("audience").asString()).isEqualTo("BUSINESS");
        assertThat(situations.get(1).path("url").asString()).endsWith("/lebenslagen/gruendung");

        JsonNode offices = ok(get(PagesTestCatalog.host(town), "/api/v1/offices"));
        assertThat(offices).hasSize(1);
        JsonNode office = offices.get(0);
        assertThat(office.path("slug").asString()).isEqualTo("buergeramt");
        assertThat(office.path("phone").asString()).isEqualTo("0711 1-0");
        assertThat(office.path("openingHours").get(0).path("opens").asString()).startsWith("08:00");
        assertThat(office.path("locations").get(0).path("stepFree").asBoolean()).isTrue();
        assertThat(office.path("url").asString()).endsWith("/aemter/buergeramt");
    }

    private String idOf(String slug) {
        for (JsonNode service : ok(get(PagesTestCatalog.host(town), "/api/v1/services"))) {
            if (service.path("slug").asString().equals(slug)) {
                return service.path("id").asString();
            }
        }
        throw new AssertionError("no service " + slug);
    }

    private HttpResponse<String> get(String host, String path) {
        Http http = new Http(port);
        return http.send(http.request(host, path)
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private static List<String> names(JsonNode services) {
        List<String> names = new ArrayList<>();
        services.forEach(service -> names.add(service.path("name").asString()));
        return names;
    }
}

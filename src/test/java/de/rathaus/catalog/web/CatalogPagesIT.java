package de.rathaus.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import de.rathaus.catalog.store.CatalogImport;
import de.rathaus.catalog.store.CatalogJson;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue's public pages, on a fresh town with a small catalogue and on the demo towns. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogPagesIT {

    private static final Pattern JSON_LD =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

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

    Visitor visitor() {
        return new Visitor(port, PagesTestCatalog.host(town));
    }

    @Test
    void homeOffersSearchTilesForCitizensThenBusinessesAndTheAssistant() {
        String home = ok(visitor().get("/"));

        assertThat(home).contains("Wonach suchen Sie?", "action=\"/suche\"", "name=\"q\"", "href=\"/assistent\"");
        assertThat(home.indexOf("href=\"/lebenslagen/umzug\""))
                .isPositive()
                .isLessThan(home.indexOf("href=\"/lebenslagen/gruendung\""));
        assertThat(home).contains("href=\"/leistungen\"");
    }

    @Test
    void servicesAreListedAToZWithALetterIndexAndAFilterByLifeSituation() {
        String all = ok(visitor().get("/leistungen"));

        assertThat(all).contains("href=\"#buchstabe-f\"", "id=\"buchstabe-f\"", "id=\"buchstabe-w\"", "5 Leistungen");
        assertThat(all).doesNotContain("href=\"#buchstabe-b\"").contains("rh-letters__unused\">B<");
        assertThat(all.indexOf("Feuerwerk &lt;b&gt;anzeigen"))
                .isLessThan(all.indexOf("Führerschein beantragen"))
                .isLessThan(all.indexOf("Gewerbe anmelden"));
        assertThat(all).contains("href=\"/lebenslagen/umzug\"");

        String founding = ok(visitor().get("/leistungen?lebenslage=gruendung"));
        assertThat(founding)
                .contains("Gewerbe anmelden", "Sondernutzung beantragen", "2 Leistungen in der Lebenslage „Gründung“")
                .doesNotContain("Wohnsitz anmelden</a>");
    }

    @Test
    void aLifeSituationShowsItsServices() {
        String moving = ok(visitor().get("/lebenslagen/umzug"));

        assertThat(moving).contains("<h1 class=\"rh-heading-xl\">Umzug</h1>", "Wohnsitz anmelden", "Führerschein");
        assertThat(moving).doesNotContain("Gewerbe anmelden");
    }

    @Test
    void theServicePageShowsTheSectionsWithContentAndEndsInTheContact() {
        String page = ok(visitor().get("/leistungen/wohnsitz-anmelden"));

        assertThat(page)
                .contains("Nach dem Umzug melden Sie Ihre neue Wohnung an.")
                .contains("Beschreibung", "Wer umzieht, meldet sich an.")
                .contains("Diese Unterlagen brauchen Sie", "<li>Wohnungsgeberbestätigung</li>")
                .contains("So läuft es ab", "<li>Termin</li>")
                .contains("Kosten", "gebührenfrei")
                .contains("Fristen", "Zwei Wochen nach dem Einzug.")
                .contains("Rechtsgrundlagen", "§ 17 BMG")
                .contains("Sie müssen persönlich erscheinen")
                .contains("href=\"/aemter/buergeramt\"", "<th scope=\"row\">Montag</th>", "08:00–12:00 Uhr")
                .contains("href=\"/standorte/rathaus\"", "Kann ich mich online ummelden?")
                .contains("Kontakt aufnehmen", "href=\"tel:07111-0\"", "buergeramt@kleinstadt.example");
        // modules without content leave no empty heading
        assertThat(page).doesNotContain("Voraussetzungen", "Rechtsbehelf", "Formulare", "Zum Online-Dienst");
        assertThat(page.indexOf("Kontakt aufnehmen")).isGreaterThan(page.indexOf("Kann ich mich online ummelden?"));
    }

    @Test
    void feesReadAsPricesAndRanges() {
        assertThat(ok(visitor().get("/leistungen/gewerbe-anmelden")))
                .contains("20,00 € bis 40,00 €", "Rechtsgrundlage: Gebührenordnung");
        assertThat(ok(visitor().get("/leistungen/" + PagesTestCatalog.HOSTILE))).contains("1.234,50 €");
        assertThat(ok(visitor().get("/leistungen/gewerbe-anmelden?lang=en")))
                .contains("€20.00 to €40.00", "What to do next");
    }

    @Test
    void aServiceOfAnotherAuthoritySaysSoAndLeadsThere() {
        String page = ok(visitor().get("/leistungen/fuehrerschein"));

        assertThat(page)
                .contains("Zuständig ist Landratsamt Kleinkreis (nicht die Stadt)")
                .contains("Führerscheine stellt der Landkreis aus.")
                .contains("href=\"https://www.landratsamt.example\"")
                .contains("So erreichen Sie die zuständige Behörde:", "0711 2-0", "Kreisstraße 1");
    }

    @Test
    void everyServicePageCarriesGovernmentServiceJsonLd() {
        JsonNode ld = jsonLd(ok(visitor().get("/leistungen/wohnsitz-anmelden")));

        assertThat(ld.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.path("@type").asString()).isEqualTo("GovernmentService");
        assertThat(ld.path("name").asString()).isEqualTo("Wohnsitz anmelden");
        assertThat(ld.path("identifier").get(0).path("value").asString()).isEqualTo("99115001001000");
        assertThat(ld.path("areaServed").path("name").asString()).isEqualTo(town.name());
        assertThat(ld.path("provider").path("@type").asString()).isEqualTo("GovernmentOrganization");
        assertThat(ld.path("provider").path("email").asString()).isEqualTo("buergeramt@kleinstadt.example");
        JsonNode channel = ld.path("availableChannel").get(0);
        assertThat(channel.path("servicePhone").path("telephone").asString()).isEqualTo("0711 1-0");
        assertThat(channel.path("serviceLocation")
                        .get(0)
                        .path("address")
                        .path("postalCode")
                        .asString())
                .isEqualTo("70173");
        assertThat(ld.path("offers").get(0).path("price").asString()).isEqualTo("0.00");
        assertThat(ld.path("url").asString()).endsWith("/leistungen/wohnsitz-anmelden");

        JsonNode external = jsonLd(ok(visitor().get("/leistungen/fuehrerschein")));
        assertThat(external.path("provider").path("name").asString()).isEqualTo("Landratsamt Kleinkreis");
    }

    @Test
    void contentCannotBreakOutOfThePageOrItsStructuredData() {
        String page = ok(visitor().get("/leistungen/" + PagesTestCatalog.HOSTILE));

        assertThat(page)
                .doesNotContain("<script>alert(1)", "<b>anzeigen", "<img src=x", "<Anzeige>")
                .contains("Feuerwerk &lt;b&gt;anzeigen&lt;/b&gt;", "&lt;img src=x onerror=alert(2)&gt;")
                .contains("<li>Punkt &#39; OR 1=1 --</li>");
        JsonNode ld = jsonLd(page);
        assertThat(ld.path("description").asString()).isEqualTo(PagesTestCatalog.HOSTILE_TEASER);
        assertThat(ld.path("name").asString()).isEqualTo("Feuerwerk <b>anzeigen</b>");
    }

    @Test
    void nextStepsOfOtherModulesComeFirstApplyingOnlineAsTheStartButton() {
        String page = ok(visitor().get("/leistungen/" + PagesTestCatalog.WITH_ACTIONS));

        assertThat(page)
                .contains("href=\"/antrag/" + TestServiceActions.SLUG + "\" class=\"rh-button rh-button--start\"")
                .contains("href=\"/termine/" + TestServiceActions.SLUG + "\" class=\"rh-button rh-button--secondary\"")
                .contains("href=\"https://online.example/sondernutzung\"", "Zum Online-Dienst");
        assertThat(page.indexOf("Online beantragen")).isLessThan(page.indexOf("Termin buchen"));
        assertThat(page.indexOf("Termin buchen")).isLessThan(page.indexOf("Kontakt aufnehmen"));
        assertThat(page).contains("post@behoerde.example", "0711 3-0");
        assertThat(ok(visitor().get("/leistungen/wohnsitz-anmelden"))).doesNotContain("Online beantragen");
    }

    @Test
    void officeAndLocationPagesTellHowToGetThere() {
        assertThat(ok(visitor().get("/aemter")))
                .contains("href=\"/aemter/buergeramt\"", "href=\"/standorte/rathaus\"", "href=\"/feiertage\"");

        String office = ok(visitor().get("/aemter/buergeramt"));
        assertThat(office)
                .contains("Meldewesen und Ausweise.", "Markt 1, 70173 Kleinstadt")
                .contains("<th scope=\"row\">Dienstag</th>", "<th scope=\"row\">Mittwoch</th>", "geschlossen")
                .doesNotContain("Samstag")
                .contains("href=\"/leistungen/wohnsitz-anmelden\"", "href=\"/leistungen/gewerbe-anmelden\"")
                .doesNotContain("href=\"/leistungen/fuehrerschein\"");

        assertThat(ok(visitor().get("/standorte/rathaus")))
                .contains("Rathaus Kleinstadt", "Markt 1", "70173 Kleinstadt", "stufenlos erreichbar")
                .contains("Stufenloser Eingang.", "Bus 1, Haltestelle Markt.", "href=\"/aemter/buergeramt\"");
    }

    @Test
    void questionsHaveAnchorsAndHolidaysCoverThisAndNextYear() {
        assertThat(ok(visitor().get("/fragen")))
                .contains("id=\"online-ummelden\"", "Kann ich mich online ummelden?", "bitte kommen Sie ins Bürgeramt");

        int year = LocalDate.now(ZoneId.of("Europe/Berlin")).getYear();
        String holidays = ok(visitor().get("/feiertage"));
        assertThat(holidays)
                .contains("Feiertage " + year, "Feiertage " + (year + 1), "Baden-Württemberg")
                .contains("08.08." + year, "08.08." + (year + 1), "Kleinstadtfest", "01.01." + (year + 1));
    }

    @Test
    void unknownAddressesGiveTheFriendlyNotFoundPage() {
        for (String path : new String[] {
            "/leistungen/gibt-es-nicht",
            "/lebenslagen/gibt-es-nicht",
            "/aemter/gibt-es-nicht",
            "/standorte/gibt-es-nicht"
        }) {
            HttpResponse<String> response = visitor().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Zur Startseite");
        }
    }

    @Test
    void hostileInputGivesANormalPageAndIsNeverReflectedUnescaped() {
        for (String filter :
                new String[] {"<script>alert(1)</script>", "' OR 1=1 --", "🐕".repeat(300), "x".repeat(2_000), ""}) {
            HttpResponse<String> response =
                    visitor().get("/leistungen?lebenslage=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).doesNotContain("<script>alert(1)").contains("5 Leistungen");
        }
        // longer than the server takes in a request line: refused before Rathaus sees it, never a 500
        assertThat(visitor().get("/leistungen?lebenslage=" + "x".repeat(10_000)).statusCode())
                .isEqualTo(400);
        HttpResponse<String> slug = visitor().get("/leistungen/%3Cscript%3Ealert(1)%3Cb%3E");
        assertThat(slug.statusCode()).isEqualTo(404);
        assertThat(slug.body()).doesNotContain("<script>alert(1)");
    }

    @Test
    void eachTownSeesOnlyItsOwnCatalogue() {
        Visitor musterstadt = new Visitor(port, "localhost");
        Visitor musterdorf = new Visitor(port, "musterdorf.localhost");

        assertThat(musterstadt.get("/leistungen/" + PagesTestCatalog.HOSTILE).statusCode())
                .isEqualTo(404);
        assertThat(musterstadt.get("/aemter/buergeramt").statusCode()).isEqualTo(404);
        assertThat(ok(musterstadt.get("/leistungen"))).contains("Kinderreisepass");
        assertThat(ok(musterdorf.get("/leistungen")))
                .doesNotContain("Kinderreisepass")
                .doesNotContain("Feuerwerk");
        assertThat(musterdorf.get("/leistungen/kinderreisepass").statusCode()).isEqualTo(404);
        assertThat(ok(visitor().get("/leistungen"))).doesNotContain("Kinderreisepass");
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode jsonLd(String page) {
        Matcher block = JSON_LD.matcher(page);
        assertThat(block.find()).as("JSON-LD block").isTrue();
        String text = block.group(1);
        assertThat(text).doesNotContain("<", ">");
        return JsonMapper.builder().build().readTree(text);
    }
}

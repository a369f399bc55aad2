package de.rathaus.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.Visitor;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page /suche: what it shows for good, odd and hostile queries. */
@IntegrationTest
class SearchPageIT {

    @LocalServerPort
    int port;

    @Test
    void showsTheHitsWithKindLinkAndMarkedSnippet() {
        HttpResponse<String> page = visitor().get("/suche?q=" + encode("Führerschein umtauschen"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("für „Führerschein umtauschen“")
                .contains("href=\"/leistungen/fuehrerschein\"")
                .contains(">Leistung<")
                .contains("<mark>");
    }

    @Test
    void tagsQuestionsAndOfficesWithTheirPages() {
        String body = visitor().get("/suche?q=Standesamt").body();

        assertThat(body).contains(">Amt<").contains("href=\"/aemter/");
        assertThat(visitor().get("/suche?q=Passfoto").body())
                .contains(">Frage<")
                .contains("href=\"/fragen#passfoto\"");
    }

    @Test
    void offersTheCorrectedQuery() {
        String body = visitor().get("/suche?q=hundesteur").body();

        assertThat(body).contains("Meinten Sie").contains("href=\"/suche?q=hundesteuer\"");
    }

    @Test
    void nothingFoundHelpsOn() {
        String body = visitor().get("/suche?q=xqzwv").body();

        assertThat(body)
                .contains("Keine Ergebnisse für „xqzwv“")
                .contains("href=\"/leistungen\"")
                .contains("href=\"/assistent\"");
    }

    @Test
    void pagesThroughManyHits() {
        String first = visitor().get("/suche?q=beantragen").body();
        String second = visitor().get("/suche?q=beantragen&seite=2").body();

        assertThat(first).contains("Seite 1 von").contains("href=\"/suche?q=beantragen&amp;seite=2\"");
        assertThat(second).contains("Seite 2 von").contains("aria-current=\"page\"");
        assertThat(visitor().get("/suche?q=beantragen&seite=999").statusCode()).isEqualTo(200);
        assertThat(visitor().get("/suche?q=beantragen&seite=abc").body()).contains("Seite 1 von");
    }

    @Test
    void oddAndHostileQueriesGiveANormalPageAndAreEscaped() {
        List<String> queries = List.of(
                "",
                " ",
                "<script>alert('x')</script>",
                "\"><img src=x onerror=alert(1)>",
                "' or 1=1 --",
                "'; drop table catalog.search_document; --",
                "hund & !steuer | (:*",
                "🐶🙂 Hund",
                "🙂".repeat(400),
                "Personalausweis ".repeat(300),
                "\u0000\u0001",
                "%");
        for (String query : queries) {
            HttpResponse<String> page = visitor().get("/suche?q=" + encode(query));
            assertThat(page.statusCode()).as(query).isEqualTo(200);
            assertThat(page.body()).as(query).doesNotContain("<script>alert").doesNotContain("<img src=x");
        }
        assertThat(visitor()
                        .get("/suche?q=" + encode("<script>alert('x')</script>"))
                        .body())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(visitor().get("/suche").statusCode()).isEqualTo(200);
    }

    @Test
    void aSecondTownSearchesItsOwnCatalogue() {
        String musterdorf = new Visitor(port, "musterdorf.localhost")
                .get("/suche?q=" + encode("Bewohnerparkausweis"))
                .body();

        assertThat(musterdorf).doesNotContain("href=\"/leistungen/bewohnerparkausweis\"");
        assertThat(visitor().get("/suche?q=" + encode("Bewohnerparkausweis")).body())
                .contains("href=\"/leistungen/bewohnerparkausweis\"");
    }

    private Visitor visitor() {
        return new Visitor(port, "localhost");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

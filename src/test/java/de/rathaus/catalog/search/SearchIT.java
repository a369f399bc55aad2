package de.rathaus.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.TestTenants;
import de.rathaus.catalog.store.Author;
import de.rathaus.catalog.store.CatalogEditing;
import de.rathaus.catalog.store.CatalogImport;
import de.rathaus.catalog.store.CatalogJson;
import de.rathaus.catalog.store.EntryKind;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** Search over Musterstadt's demo catalogue, and over small throw-away towns where data changes. */
@IntegrationTest
class SearchIT {

    static final Author EDITOR = Author.system("Test-Redaktion");

    @Autowired
    Search search;

    @Autowired
    Tenants tenants;

    @Autowired
    CatalogImport importer;

    @Autowired
    CatalogEditing editing;

    @Autowired
    CatalogJson json;

    @Test
    void theIdCardServiceComesFirstForItsName() {
        SearchResults results = inMusterstadt(() -> search.find("Personalausweis", 10));

        assertThat(results.hits().getFirst().slug()).isEqualTo("personalausweis-beantragen");
        assertThat(results.correctedQuery()).isNull();
        assertThat(results.total()).isGreaterThanOrEqualTo(results.hits().size());
    }

    @Test
    void allWordsFirst() {
        SearchResults results = inMusterstadt(() -> search.find("Hund abmelden", 5));

        assertThat(results.hits().getFirst().slug()).isEqualTo("hund-abmelden");
    }

    @Test
    void correctsAMisspeltWordToTheTownsWord() {
        SearchResults results = inMusterstadt(() -> search.find("hundesteur", 5));

        assertThat(results.correctedQuery()).isEqualTo("hundesteuer");
        assertThat(slugs(results)).contains("hund-anmelden");
        assertThat(results.hits().getFirst().slug()).isIn("hund-anmelden", "hundesteuer-hoehe");
    }

    @Test
    void correctsOnlyTheMisspeltWordOfSeveral() {
        SearchResults results = inMusterstadt(() -> search.find("Reisepas beantragen", 5));

        assertThat(results.correctedQuery()).isEqualTo("reisepass beantragen");
        assertThat(results.hits().getFirst().slug()).isEqualTo("reisepass-beantragen");
    }

    @Test
    void knowsWhatCitizensCallThings() {
        assertThat(inMusterstadt(() -> search.find("Perso", 5))
                        .hits()
                        .getFirst()
                        .slug())
                .isEqualTo("personalausweis-beantragen");
        assertThat(slugs(inMusterstadt(() -> search.find("Ummeldung", 5)))).contains("wohnsitz-anmelden");
        assertThat(slugs(inMusterstadt(() -> search.find("Führerschein verloren", 5))))
                .contains("fuehrerschein");
    }

    @Test
    void umlautsMayBeSpeltOutOrLeftOff() {
        for (String query : List.of("Führerschein", "fuehrerschein", "fuhrerschein", "FUEHRERSCHEIN")) {
            SearchResults results = inMusterstadt(() -> search.find(query, 5));
            assertThat(results.hits().getFirst().slug()).as(query).isEqualTo("fuehrerschein");
        }
    }

    @Test
    void aLongQuestionFindsByItsWordsThatMatter() {
        SearchResults results = inMusterstadt(() -> search.find("Ich ziehe um, was muss ich tun?", 5));

        assertThat(slugs(results)).contains("wohnsitz-anmelden");
    }

    @Test
    void findsQuestionsAndOffices() {
        SearchResults faq = inMusterstadt(() -> search.find("Passfoto", 10));
        assertThat(faq.hits())
                .anySatisfy(hit -> assertThat(hit)
                        .extracting(SearchHit::kind, SearchHit::slug, SearchHit::path)
                        .containsExactly(SearchKind.FAQ, "passfoto", "/fragen#passfoto"));

        SearchResults office = inMusterstadt(() -> search.find("Standesamt", 10));
        assertThat(office.hits()).anySatisfy(hit -> assertThat(hit.kind()).isEqualTo(SearchKind.OFFICE));
    }

    @Test
    void snippetsMarkTheMatchedWordsAsTheyAreWritten() {
        SearchResults results = inMusterstadt(() -> search.find("fuhrerschein umtauschen", 5));

        SearchHit first = results.hits().getFirst();
        assertThat(first.snippetMatches()).isTrue();
        assertThat(first.snippet())
                .filteredOn(Highlight::marked)
                .extracting(Highlight::text)
                .anyMatch(text -> text.startsWith("Führerschein") || text.startsWith("umtausch"));
        assertThat(first.snippet())
                .extracting(Highlight::text)
                .noneMatch(text -> text.contains("\u0001") || text.contains("\u0002"));
    }

    @Test
    void queriesThatCannotFindAnythingFindNothing() {
        for (String query : List.of("", "   ", "!!!", "🙂🐶", "und oder was ist", "\u0000\u0001")) {
            SearchResults results = inMusterstadt(() -> search.find(query, 10));
            assertThat(results.hits()).as(query).isEmpty();
            assertThat(results.total()).as(query).isZero();
        }
    }

    @Test
    void queryOperatorsAndSqlAreJustWords() {
        for (String query : List.of(
                "hund' or 1=1; drop table catalog.search_document; --",
                "hund & !steuer | (:*",
                "<script>alert(1)</script> hund",
                "\"hund\" -steuer",
                "hund\u0001\u0002")) {
            SearchResults results = inMusterstadt(() -> search.find(query, 10));
            assertThat(results.query()).as(query).isNotNull();
        }
        assertThat(inMusterstadt(() -> search.find("hund", 10)).total()).isPositive();
    }

    @Test
    void aVeryLongQueryIsCut() {
        String query = "Personalausweis ".repeat(500) + "🙂".repeat(300);

        SearchResults results = inMusterstadt(() -> search.find(query, 10));

        assertThat(results.query().codePointCount(0, results.query().length())).isLessThanOrEqualTo(200);
        assertThat(results.hits().getFirst().slug()).isEqualTo("personalausweis-beantragen");
    }

    @Test
    void pagesThroughAllHits() {
        SearchResults first = inMusterstadt(() -> search.find("beantragen", 5, 0));
        SearchResults second = inMusterstadt(() -> search.find("beantragen", 5, 5));
        SearchResults beyond = inMusterstadt(() -> search.find("beantragen", 5, 1000));

        assertThat(first.total()).isGreaterThan(10).isEqualTo(second.total()).isEqualTo(beyond.total());
        assertThat(slugs(first)).doesNotContainAnyElementsOf(slugs(second));
        assertThat(beyond.hits()).isEmpty();
    }

    @Test
    void aTownFindsOnlyItsOwnCatalogue() {
        Tenant town = smallTown();

        assertThat(in(town, () -> search.find("Gewerbe", 10)).hits())
                .extracting(SearchHit::slug)
                .containsExactly("gewerbe-anmelden");
        assertThat(in(town, () -> search.find("Personalausweis beantragen", 10)).hits())
                .extracting(SearchHit::slug)
                .doesNotContain("personalausweis-beantragen");
        // Musterstadt's words are not this town's words either
        assertThat(in(town, () -> search.find("Hundesteur", 10)).correctedQuery())
                .isNull();
        assertThat(inMusterstadt(() -> search.find("Kleinstadt", 10)).hits())
                .extracting(SearchHit::title)
                .noneMatch(title -> title.contains("Kleinstadt"));
    }

    @Test
    void aWithdrawnServiceDisappears() {
        Tenant town = smallTown();
        in(town, () -> {
            var entry =
                    editing.entryBySlug(EntryKind.SERVICE, "gewerbe-anmelden").orElseThrow();
            editing.withdraw(EntryKind.SERVICE, entry.id(), EDITOR);
            return entry;
        });

        assertThat(in(town, () -> search.find("Gewerbe", 10)).hits()).isEmpty();
        assertThat(in(town, () -> search.find("Gewerbeschein", 10)).correctedQuery())
                .isNull();
    }

    @Test
    void limitsAreChecked() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> inMusterstadt(() -> search.find("hund", 0)));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> inMusterstadt(() -> search.find("hund", Search.MAX_LIMIT + 1)));
    }

    private Tenant smallTown() {
        Tenant town = TestTenants.fresh(tenants);
        try (InputStream in = new ClassPathResource("catalog/small-catalog.json").getInputStream()) {
            var document = json.document(in);
            assertThat(in(town, () -> importer.apply(document, true, EDITOR)))
                    .isInstanceOf(CatalogImport.Outcome.Imported.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return town;
    }

    private static List<String> slugs(SearchResults results) {
        return results.hits().stream().map(SearchHit::slug).toList();
    }

    private <T> T inMusterstadt(Supplier<T> work) {
        return in(tenants.bySlug("musterstadt").orElseThrow(), work);
    }

    private static <T> T in(Tenant tenant, Supplier<T> work) {
        return CurrentTenant.runAs(tenant, work);
    }
}

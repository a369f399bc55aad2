package de.rathaus.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {

    final Synonyms synonyms = new Synonyms("""
            # comment
            perso = personalausweis
            führerschein verloren = führerschein ersatz, verlust
            """);

    @Test
    void addsAlternativesAndKeepsTheTypedWords() {
        SearchQuery query = synonyms.expand(QueryText.of("Perso beantragen").words());

        assertThat(query.groups())
                .extracting(SearchQuery.Group::phrases)
                .containsExactly(List.of("perso", "personalausweis"), List.of("beantragen"));
    }

    @Test
    void matchesTheLongestRunOfWordsWhateverTheUmlautSpelling() {
        for (String typed : List.of("Führerschein verloren", "fuehrerschein VERLOREN", "fuhrerschein verloren")) {
            SearchQuery query = synonyms.expand(QueryText.of(typed).words());
            assertThat(query.groups()).as(typed).hasSize(1);
            assertThat(query.groups().getFirst().phrases()).as(typed).endsWith("führerschein ersatz", "verlust");
        }
    }

    @Test
    void aMisspellingIsNoSynonym() {
        Synonyms steuer = new Synonyms("hundesteuer = hund anmelden");

        assertThat(steuer.expand(List.of("hundesteur")).groups().getFirst().phrases())
                .containsExactly("hundesteur");
    }

    @Test
    void refusesALineWithoutEqualsSign() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Synonyms("perso personalausweis"));
    }

    @Test
    void queryTextKeepsOnlyWordsAndCutsLongInput() {
        QueryText text = QueryText.of("  <b>Hund</b>\u0000 & 'steuer' 🙂 ");

        assertThat(text.words()).containsExactly("b", "hund", "b", "steuer");
        assertThat(QueryText.of("a".repeat(1000)).text()).hasSize(Search.MAX_QUERY_LENGTH);
        assertThat(QueryText.of("🙂".repeat(300)).text().codePointCount(0, 400)).isEqualTo(Search.MAX_QUERY_LENGTH);
        assertThat(QueryText.of("w ".repeat(50)).words()).hasSize(QueryText.MAX_WORDS);
    }

    @Test
    void snippetPartsFollowTheMarkers() {
        assertThat(Search.snippet("Der \u0001Hund\u0002 ist  \n angemeldet"))
                .containsExactly(
                        new Highlight("Der ", false),
                        new Highlight("Hund", true),
                        new Highlight(" ist angemeldet", false));
    }
}

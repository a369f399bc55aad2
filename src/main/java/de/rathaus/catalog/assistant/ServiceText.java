package de.rathaus.catalog.assistant;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The words of one published service, by where they stand: a word in the name or the keywords
 * says more than one somewhere in the description.
 *
 * @param faqQuestions the questions of the FAQs about this service
 */
record ServiceText(
        UUID id,
        String slug,
        String name,
        List<String> keywords,
        String teaser,
        List<String> faqQuestions,
        String body,
        List<String> lifeSituations) {

    /** The places a word can be found, with how much a match there counts. */
    enum Place {
        NAME(1.0),
        KEYWORDS(1.0),
        TEASER(0.6),
        FAQ(0.5),
        BODY(0.35);

        final double weight;

        Place(double weight) {
            this.weight = weight;
        }
    }

    Set<String> words(Place place) {
        return Set.copyOf(
                switch (place) {
                    case NAME -> Words.all(name);
                    case KEYWORDS -> Words.all(String.join(" ", keywords));
                    case TEASER -> Words.all(teaser);
                    case FAQ -> Words.all(String.join(" ", faqQuestions));
                    case BODY -> Words.all(body);
                });
    }
}

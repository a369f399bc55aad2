package de.rathaus.catalog.assistant;

import de.rathaus.catalog.search.Search;
import de.rathaus.catalog.search.SearchHit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The services worth comparing closely with a question, found by the catalogue's search. A long
 * colloquial question rarely has all its words in one service, so besides the whole question each
 * of its words is looked up alone (with search's synonyms and spelling correction), and an FAQ
 * found stands for the services it is about.
 */
@Component
class Candidates {

    /** The words looked up one by one; further words of a long question only count in the ranking. */
    private static final int WORDS_ALONE = 8;

    private static final int HITS_FOR_QUESTION = 30;
    private static final int HITS_PER_WORD = 8;

    private final Search search;
    private final ServiceTexts texts;

    Candidates(Search search, ServiceTexts texts) {
        this.search = search;
        this.texts = texts;
    }

    Set<UUID> services(List<String> terms) {
        Set<UUID> services = new LinkedHashSet<>();
        collect(String.join(" ", terms), HITS_FOR_QUESTION, services);
        terms.stream().limit(WORDS_ALONE).forEach(term -> collect(term, HITS_PER_WORD, services));
        return services;
    }

    private void collect(String query, int limit, Set<UUID> services) {
        String cut = query.length() > Search.MAX_QUERY_LENGTH ? query.substring(0, Search.MAX_QUERY_LENGTH) : query;
        for (SearchHit hit : search.find(cut, limit).hits()) {
            switch (hit.kind()) {
                case SERVICE -> services.add(hit.id());
                case FAQ -> services.addAll(texts.ofFaq(hit.id()));
                case OFFICE -> {
                    // An office is no service; the answer names the responsible office anyway.
                }
            }
        }
    }
}

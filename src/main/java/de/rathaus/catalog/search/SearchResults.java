package de.rathaus.catalog.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a search.
 *
 * @param query the query as searched for (trimmed and shortened to {@link Search#MAX_QUERY_LENGTH})
 * @param correctedQuery the query with misspelt words replaced, when search corrected any
 * @param hits the requested page of hits, best first
 * @param total how many hits there are in all
 */
public record SearchResults(String query, @Nullable String correctedQuery, List<SearchHit> hits, int total) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    static SearchResults none(String query) {
        return new SearchResults(query, null, List.of(), 0);
    }
}

package de.rathaus.catalog.search;

import java.util.List;
import java.util.UUID;

/**
 * One thing search found.
 *
 * @param snippet a passage of the text around the query's words, empty when there is no text
 * @param score higher is better; only comparable within one result list
 */
public record SearchHit(
        SearchKind kind, UUID id, String slug, String title, String teaser, List<Highlight> snippet, double score) {

    public SearchHit {
        snippet = List.copyOf(snippet);
    }

    /** The path of the public page that shows this hit. */
    public String path() {
        return kind.path(slug);
    }

    /** Whether the snippet shows at least one of the query's words. */
    public boolean snippetMatches() {
        return snippet.stream().anyMatch(Highlight::marked);
    }
}

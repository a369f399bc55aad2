/**
 * Search over the town's published services, FAQs and offices: German full text without regard
 * to accents, synonyms citizens use ("Perso", "Ummeldung"), corrections of misspelt words and
 * highlighted snippets. The page {@code /suche}, the API {@code /api/v1/search} and the assistant
 * use {@link de.rathaus.catalog.search.Search}.
 */
@NullMarked
package de.rathaus.catalog.search;

import org.jspecify.annotations.NullMarked;

package de.rathaus.catalog.editing;

import de.rathaus.catalog.model.Link;
import org.jspecify.annotations.Nullable;

/** One form to download, as a row of the service form. */
record LinkRow(@Nullable String title, @Nullable String url) {

    static LinkRow empty() {
        return new LinkRow("", "");
    }

    static LinkRow of(Link link) {
        return new LinkRow(link.title(), link.url());
    }

    boolean isBlank() {
        return (title == null || title.isBlank()) && (url == null || url.isBlank());
    }
}

package de.rathaus.catalog.editing;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * An import form: the catalogue file ({@code datei}, JSON) or the spreadsheet ({@code tabelle},
 * CSV), and whether what it brings goes live at once ({@code sofort}) or waits as drafts
 * ({@code entwuerfe}, the default). The two files have their own names so that the error summary
 * of each form links to its own field.
 */
record Upload(
        @Nullable MultipartFile datei,
        @Nullable MultipartFile tabelle,
        @Nullable String veroeffentlichen) {

    public boolean publish() {
        return "sofort".equals(veroeffentlichen);
    }

    static Upload empty() {
        return new Upload(null, null, "entwuerfe");
    }
}

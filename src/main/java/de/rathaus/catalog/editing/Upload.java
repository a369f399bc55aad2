package de.rathaus.catalog.editing;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * An import form: the file and whether its services go live at once ({@code sofort}) or wait as
 * drafts ({@code entwuerfe}, the default).
 */
record Upload(@Nullable MultipartFile datei, @Nullable String veroeffentlichen) {

    boolean publish() {
        return "sofort".equals(veroeffentlichen);
    }

    static Upload empty() {
        return new Upload(null, "entwuerfe");
    }
}

package de.rathaus.records;

import de.rathaus.platform.files.FileId;
import org.jspecify.annotations.Nullable;

/**
 * A document to add to a Vorgang. Its content is already stored through platform {@code Files}.
 *
 * @param scan how it was scanned, for {@link DocumentKind#SCAN} only
 */
public record NewDocument(
        DocumentKind kind,
        String title,
        FileId file,
        @Nullable ScanMetadata scan) {}

package de.rathaus.records;

import de.rathaus.platform.files.FileId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The latest version of a document of a Vorgang. */
public record RecordDocument(
        DocumentId id,
        VorgangId vorgang,
        DocumentKind kind,
        String title,
        int version,
        FileId file,
        Instant addedAt,
        @Nullable ScanMetadata scan) {}

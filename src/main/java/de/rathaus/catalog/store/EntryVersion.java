package de.rathaus.catalog.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved version in an entry's history. */
public record EntryVersion(
        int version,
        String authorName,
        Instant createdAt,
        @Nullable Instant publishedAt) {}

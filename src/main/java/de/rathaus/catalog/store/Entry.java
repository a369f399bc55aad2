package de.rathaus.catalog.store;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A service or FAQ as the editors see it.
 *
 * @param title the name (service) or question (FAQ) of the latest version
 * @param publishedVersion the version citizens see, or null while nothing is published
 */
public record Entry(
        UUID id,
        EntryKind kind,
        String slug,
        String title,
        int latestVersion,
        @Nullable Integer publishedVersion,
        Instant updatedAt) {

    public boolean isPublished() {
        return publishedVersion != null;
    }

    /** Whether there is a version newer than the published one (or none is published). */
    public boolean hasDraft() {
        return publishedVersion == null || latestVersion > publishedVersion;
    }
}

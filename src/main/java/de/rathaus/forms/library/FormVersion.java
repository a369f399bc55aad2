package de.rathaus.forms.library;

import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.FormDefinition;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of a form as editors see it.
 *
 * @param createdBy the pseudonym of the editor who saved it, or {@code null} for the system (demo
 *     seeding)
 * @param publishedAt when it was first published; {@code null} for a draft
 */
public record FormVersion(
        FormId id,
        int version,
        VersionStatus status,
        FormDefinition definition,
        Instant createdAt,
        @Nullable UUID createdBy,
        @Nullable Instant publishedAt) {}

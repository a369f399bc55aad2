package de.rathaus.catalog.store;

import de.rathaus.catalog.model.ServiceContent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The published version of a service, as its page shows it. */
public record PublishedService(
        UUID id,
        String slug,
        ServiceContent content,
        @Nullable UUID officeId,
        Instant publishedAt) {}

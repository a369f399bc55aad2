package de.rathaus.catalog;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A published service as other modules see it.
 *
 * @param officeId the responsible office of the town, null when an authority outside is
 * @param confidential tax, social or special-category data: name it in no e-mail subject,
 *     calendar file or call display, and forward it nowhere without the citizen's consent
 * @param inPerson the citizen must appear in person (ID card, passport)
 */
public record ServiceSummary(
        ServiceId id,
        String slug,
        String name,
        String teaser,
        @Nullable UUID officeId,
        boolean confidential,
        boolean inPerson) {}

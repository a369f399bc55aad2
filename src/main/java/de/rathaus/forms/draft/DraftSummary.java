package de.rathaus.forms.draft;

import java.time.Instant;
import java.util.UUID;

/**
 * A draft as the citizen's account lists it.
 *
 * @param link where the citizen continues filling it in
 */
public record DraftSummary(UUID id, String formTitle, String formKey, Instant updatedAt, String link) {}

package de.rathaus.cases;

import java.util.UUID;

/** A case (Vorgang in the back office): one application or letter an office works on. */
public record CaseId(UUID value) {}

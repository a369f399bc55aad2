package de.rathaus.forms;

import java.util.UUID;

/** The id of a form (all its versions). */
public record FormId(UUID value) {}

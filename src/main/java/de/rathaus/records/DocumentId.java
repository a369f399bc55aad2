package de.rathaus.records;

import java.util.UUID;

/** A document of a Vorgang; its versions share the id. */
public record DocumentId(UUID value) {}

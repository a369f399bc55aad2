package de.rathaus.catalog;

import java.util.UUID;

/** The id of a service (Leistung) in the catalogue. */
public record ServiceId(UUID value) {}

package de.rathaus.catalog.store;

import java.util.UUID;

/** A service in a list: enough for a link with a teaser. */
public record ServiceCard(UUID id, String slug, String name, String teaser) {}

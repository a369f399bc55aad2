package de.rathaus.catalog.store;

import de.rathaus.catalog.model.Audience;
import java.util.UUID;

/** A stored life situation (Lebenslage). */
public record LifeSituation(UUID id, String slug, Audience audience, String name, String teaser, int position) {}

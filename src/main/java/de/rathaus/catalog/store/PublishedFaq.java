package de.rathaus.catalog.store;

import java.util.UUID;

/** A published FAQ. */
public record PublishedFaq(UUID id, String slug, String question, String answer) {}

package de.rathaus.records;

import java.util.UUID;

/** A Vorgang (one matter, e.g. one application) inside an Akte of the E-Akte. */
public record VorgangId(UUID value) {}

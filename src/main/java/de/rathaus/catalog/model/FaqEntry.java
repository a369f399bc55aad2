package de.rathaus.catalog.model;

/** An FAQ in an exchanged catalogue: its slug and its content. */
public record FaqEntry(String slug, FaqContent content) {}

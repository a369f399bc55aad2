package de.rathaus.catalog.model;

/** A service in an exchanged catalogue: its slug and its content. */
public record ServiceEntry(String slug, ServiceContent content) {}

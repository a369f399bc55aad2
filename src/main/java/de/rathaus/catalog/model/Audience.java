package de.rathaus.catalog.model;

/** Whom a life situation addresses. */
public enum Audience {
    CITIZEN,
    BUSINESS
}

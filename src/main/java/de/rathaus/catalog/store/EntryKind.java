package de.rathaus.catalog.store;

/** The two kinds of versioned catalogue entries. */
public enum EntryKind {
    SERVICE,
    FAQ
}

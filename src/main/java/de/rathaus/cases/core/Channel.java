package de.rathaus.cases.core;

/** How a case came in. */
public enum Channel {
    ONLINE,
    /** Filed by a clerk for a citizen at the counter. */
    COUNTER,
    /** A scanned paper letter registered as a new case. */
    MAIL,
    /** Copied from another town of the installation, with the citizen's consent. */
    COPY
}

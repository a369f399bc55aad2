package de.rathaus.records;

/** What a document of a Vorgang is. */
public enum DocumentKind {
    /** The incoming application (its receipt PDF or the counter's record). */
    APPLICATION,
    ATTACHMENT,
    /** A decision (Bescheid) as issued and sealed. */
    DECISION,
    /** A letter sent by post. */
    LETTER,
    NOTE,
    /** Incoming paper mail, scanned (TR-RESISCAN metadata in {@link ScanMetadata}). */
    SCAN,
    /** What the citizen sent in answer to a request (Rückfrage). */
    REPLY
}

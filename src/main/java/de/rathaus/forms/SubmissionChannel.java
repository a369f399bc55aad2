package de.rathaus.forms;

/** How an application came in. */
public enum SubmissionChannel {
    /** The citizen sent it online (web journey or API). */
    ONLINE,
    /** A clerk filed it for a citizen at the counter (Schalter). */
    COUNTER
}

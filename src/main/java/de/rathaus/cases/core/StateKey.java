package de.rathaus.cases.core;

/**
 * A state of a case workflow. Workflows are data (per service, with a default); these five states
 * exist in every workflow because other parts of the back office move cases into them.
 */
public record StateKey(String value) {

    public static final StateKey RECEIVED = new StateKey("eingegangen");
    public static final StateKey IN_PROGRESS = new StateKey("in-bearbeitung");
    /** Waiting for the citizen's answer to a request (Rückfrage). */
    public static final StateKey QUERY = new StateKey("rueckfrage");

    public static final StateKey DECIDED = new StateKey("entschieden");
    public static final StateKey CLOSED = new StateKey("abgeschlossen");

    public StateKey {
        if (!value.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("A state key is lower-case letters, digits and hyphens: " + value);
        }
    }
}

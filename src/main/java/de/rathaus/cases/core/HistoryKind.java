package de.rathaus.cases.core;

/** What happened to a case; the citizen's timeline shows the kinds that {@link #citizenSees()}. */
public enum HistoryKind {
    RECEIVED(true),
    STATE_CHANGED(true),
    ASSIGNED(false),
    FOLLOW_UP_SET(false),
    NOTE(false),
    REQUEST_SENT(true),
    REPLY_RECEIVED(true),
    DECISION_DRAFTED(false),
    DECISION_COSIGNED(false),
    DECISION_ISSUED(true),
    LETTER_PRODUCED(false),
    FORWARDED(true),
    COPIED_TO_TOWN(true),
    DOCUMENT_ADDED(false),
    REOPENED(true);

    private final boolean citizenSees;

    HistoryKind(boolean citizenSees) {
        this.citizenSees = citizenSees;
    }

    public boolean citizenSees() {
        return citizenSees;
    }
}

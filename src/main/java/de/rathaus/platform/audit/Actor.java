package de.rathaus.platform.audit;

/**
 * Who performs an audited action, by pseudonym only (never a name or e-mail address).
 *
 * @param pseudonym a stable id that reveals nothing by itself; identity can map it to an account
 *     while the account exists
 */
public record Actor(String pseudonym, Kind kind) {

    public enum Kind {
        ANONYMOUS,
        CITIZEN,
        STAFF,
        OPERATOR,
        SYSTEM
    }

    public static Actor system() {
        return new Actor("system", Kind.SYSTEM);
    }

    public static Actor anonymous() {
        return new Actor("anonymous", Kind.ANONYMOUS);
    }
}

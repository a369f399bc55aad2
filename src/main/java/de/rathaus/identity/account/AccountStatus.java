package de.rathaus.identity.account;

/** Where an account is in its life. */
public enum AccountStatus {
    /** Registered, e-mail address not confirmed yet (or a staff invitation not accepted yet). */
    PENDING,
    ACTIVE,
    /** A staff account that may no longer sign in; it is kept because records refer to it. */
    DEACTIVATED,
    /** Personal data removed; only the pseudonym row remains. */
    DELETED
}

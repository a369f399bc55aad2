package de.rathaus.identity;

/** Whose account it is: a citizen (or business), a member of the town's staff, or an operator. */
public enum AccountKind {
    CITIZEN,
    STAFF,
    OPERATOR
}

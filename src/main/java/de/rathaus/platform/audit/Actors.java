package de.rathaus.platform.audit;

/**
 * Tells the audit log who is acting in the current unit of work. Implemented by the identity
 * module, so that platform does not depend on it.
 */
public interface Actors {

    Actor current();
}

package de.rathaus.identity;

/**
 * How sure we are who someone is (eIDAS levels of assurance: niedrig, substanziell, hoch). A
 * password alone is BASIC; a password with a second factor is SUBSTANTIAL; an eID (BundID with the
 * online ID card) is HIGH. Services that need more than the current level ask for a stronger login.
 */
public enum TrustLevel {
    BASIC,
    SUBSTANTIAL,
    HIGH;

    public boolean atLeast(TrustLevel required) {
        return compareTo(required) >= 0;
    }
}

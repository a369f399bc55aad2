package de.rathaus.identity.login;

/** What is still to do between the password and being signed in, and the page that does it. */
public enum SignInStep {
    /** Type the code from the authenticator app. */
    SECOND_FACTOR("/anmelden/code"),
    /** Replace a password someone else chose (first sign-in of a bootstrapped account). */
    NEW_PASSWORD("/anmelden/neues-passwort"),
    /** Set up the authenticator app (staff and operators without a second factor yet). */
    ENROL_SECOND_FACTOR("/anmelden/zweiter-faktor");

    private final String path;

    SignInStep(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}

package de.rathaus.identity.staff;

/** The town has an account with this e-mail address already (staff or citizen). */
public class AddressTakenException extends Exception {

    public AddressTakenException() {
        super("The address has an account in this town already");
    }
}

package de.rathaus.identity.login;

import org.springframework.security.authentication.AccountStatusException;

/** The password was right, but the account's e-mail address has not been confirmed yet. */
public class EmailNotConfirmedException extends AccountStatusException {

    public EmailNotConfirmedException() {
        super("The e-mail address of this account is not confirmed yet");
    }
}

package de.rathaus.identity.directory;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The directory said no to an account it is responsible for. An account status exception on
 * purpose: it ends the sign-in attempt, so that a password kept in Rathaus for the same address
 * is never tried in the directory's place (someone removed from the directory stays out).
 */
class DirectoryRefusedException extends AccountStatusException {

    DirectoryRefusedException(String reason) {
        super(reason);
    }
}

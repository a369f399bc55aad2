package de.rathaus.identity;

import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.Accounts;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The e-mail address of a signed-in account, read afresh (the session does not keep it): where a
 * form's confirmation goes and what a form prefills.
 */
@Component
public class AccountEmails {

    private final Accounts accounts;

    AccountEmails(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The account's address; empty when it has none. */
    public Optional<String> of(SignedInAccount account) {
        return accounts.scopedTo(account.tenantId().value()).byId(account.id()).map(Account::email);
    }
}

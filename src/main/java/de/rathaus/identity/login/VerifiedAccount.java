package de.rathaus.identity.login;

import de.rathaus.identity.TrustLevel;
import de.rathaus.identity.account.Account;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The outcome of a first factor (a password, later also a directory bind): we know whose account
 * it is and how sure we are. It is never stored in a session: {@link SignIn} turns it into a
 * signed-in {@link AccountPrincipal} once every further step (second factor, new password) is done.
 */
public final class VerifiedAccount extends AbstractAuthenticationToken {

    private final transient Account account;
    private final TrustLevel trustLevel;

    public VerifiedAccount(Account account, TrustLevel trustLevel) {
        super(List.of());
        this.account = account;
        this.trustLevel = trustLevel;
        setAuthenticated(true);
    }

    public Account account() {
        return account;
    }

    public TrustLevel trustLevel() {
        return trustLevel;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return account.id();
    }
}

package de.rathaus.identity.login;

import de.rathaus.identity.TrustLevel;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountAudit;
import de.rathaus.identity.account.Accounts;
import de.rathaus.identity.account.Passwords;
import de.rathaus.platform.audit.AuditLog;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks an e-mail address and password against the accounts of the current town, then against
 * the installation's operators. The account's state is revealed only to someone who knows its
 * password; everyone else learns "wrong address or password", after the same amount of work.
 */
@Component
public class PasswordAuthentication implements AuthenticationProvider {

    private final Accounts accounts;
    private final Passwords passwords;
    private final AccountAudit audit;
    private final AuditLog auditLog;

    PasswordAuthentication(Accounts accounts, Passwords passwords, AccountAudit audit, AuditLog auditLog) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.auditLog = auditLog;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        Optional<Account> found =
                accounts.byEmail(email).or(() -> accounts.installation().byEmail(email));
        if (!passwords.matches(password, found.map(Account::passwordHash).orElse(null))) {
            found.ifPresentOrElse(
                    account -> audit.record(account, "login.failed", Map.of("reason", "wrong password")),
                    () -> auditLog.record("login.failed", "account", null, Map.of("reason", "unknown login name")));
            throw new BadCredentialsException("Wrong e-mail address or password");
        }
        Account account = found.get();
        return switch (account.status()) {
            case ACTIVE -> new VerifiedAccount(account, TrustLevel.BASIC);
            case PENDING -> throw new EmailNotConfirmedException();
            case DEACTIVATED, DELETED -> {
                audit.record(account, "login.refused", Map.of("reason", "deactivated"));
                throw new DisabledException("The account is deactivated");
            }
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

package de.rathaus.identity.account;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person changes their password; their other sessions end and they get a note by mail. */
@Service
public class PasswordChange {

    private final Passwords passwords;
    private final AccountMails mails;
    private final AccountSessions sessions;
    private final AccountAudit audit;

    PasswordChange(Passwords passwords, AccountMails mails, AccountSessions sessions, AccountAudit audit) {
        this.passwords = passwords;
        this.mails = mails;
        this.sessions = sessions;
        this.audit = audit;
    }

    public boolean currentPasswordMatches(Account account, String password) {
        return passwords.matches(password, account.passwordHash());
    }

    /**
     * @param scope the accounts the account belongs to (a town's or the installation's)
     * @param currentSessionId the session to keep
     */
    @Transactional
    public void change(Accounts scope, Account account, String newPassword, String currentSessionId) {
        scope.changePassword(account.id(), passwords.hash(newPassword));
        sessions.endAllExcept(account.id(), currentSessionId);
        if (account.email() != null && !Accounts.INSTALLATION.equals(account.tenantId())) {
            mails.passwordChanged(account);
        }
        audit.record(account, "account.password-changed", Map.of());
    }

    /** For the change forced at the first sign-in of an account whose password someone else chose. */
    @Transactional
    public void replaceInitial(Accounts scope, UUID accountId, String newPassword) {
        Account account = scope.require(accountId);
        scope.changePassword(accountId, passwords.hash(newPassword));
        audit.record(account, "account.password-changed", Map.of("initial", "true"));
    }
}

package de.rathaus.identity.account;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Passwort vergessen": a single-use link by e-mail lets the owner of the address set a new
 * password. The same link serves a new staff member's invitation.
 */
@Service
public class PasswordReset {

    private final Accounts accounts;
    private final Tokens tokens;
    private final Passwords passwords;
    private final AccountMails mails;
    private final AccountSessions sessions;
    private final MailThrottle mailThrottle;
    private final AccountAudit audit;
    private final ExternalIdentities externalIdentities;

    PasswordReset(
            Accounts accounts,
            Tokens tokens,
            Passwords passwords,
            AccountMails mails,
            AccountSessions sessions,
            MailThrottle mailThrottle,
            AccountAudit audit,
            ExternalIdentities externalIdentities) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mails = mails;
        this.sessions = sessions;
        this.mailThrottle = mailThrottle;
        this.audit = audit;
        this.externalIdentities = externalIdentities;
    }

    /**
     * Sends a reset link if the address has an account that may sign in; says nothing either way.
     * Does nothing while the address or client has had too many mails.
     */
    @Transactional
    public void request(String email, String clientAddress) {
        if (!mailThrottle.allow(email, clientAddress)) {
            return;
        }
        accounts.byEmail(email)
                .filter(account ->
                        account.status() == AccountStatus.ACTIVE || account.status() == AccountStatus.PENDING)
                // the town's directory decides these passwords; one set here would never be used
                .filter(account -> !externalIdentities.managedByDirectory(account.id()))
                .ifPresent(account -> {
                    mails.resetPassword(account, tokens.issue(account.id(), TokenPurpose.RESET_PASSWORD));
                    audit.record(account, "account.password-reset-requested", Map.of());
                });
    }

    /** The account a still valid link belongs to, for the form that asks for the new password. */
    public Optional<Account> accountFor(String token, TokenPurpose purpose) {
        return tokens.peek(token, purpose).flatMap(accounts::byId);
    }

    /**
     * Sets the new password and uses the link up. Following the link proved the address, so a
     * registration that was never confirmed is confirmed now. Every session of the account ends.
     *
     * @return the account, or empty if the link is not valid (any more)
     */
    @Transactional
    public Optional<Account> setPassword(String token, TokenPurpose purpose, String newPassword) {
        return tokens.consume(token, purpose).map(accountId -> {
            accounts.changePassword(accountId, passwords.hash(newPassword));
            accounts.activate(accountId);
            sessions.endAll(accountId);
            Account account = accounts.require(accountId);
            String action =
                    purpose == TokenPurpose.INVITATION ? "account.invitation-accepted" : "account.password-reset";
            audit.record(account, action, Map.of());
            return account;
        });
    }
}

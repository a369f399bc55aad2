package de.rathaus.identity.account;

import de.rathaus.identity.AccountKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens register themselves and confirm their e-mail address with a link. The page never says
 * whether an address has an account already: its owner gets a mail saying so instead.
 */
@Service
public class Registration {

    private final Accounts accounts;
    private final Tokens tokens;
    private final Passwords passwords;
    private final AccountMails mails;
    private final MailThrottle mailThrottle;
    private final AccountAudit audit;

    Registration(
            Accounts accounts,
            Tokens tokens,
            Passwords passwords,
            AccountMails mails,
            MailThrottle mailThrottle,
            AccountAudit audit) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mails = mails;
        this.mailThrottle = mailThrottle;
        this.audit = audit;
    }

    /**
     * Registers a citizen; the caller has checked the input (address plausible, password
     * acceptable). Does nothing while the address or client has had too many mails.
     */
    @Transactional
    public void register(String email, String displayName, String password, String clientAddress) {
        if (!mailThrottle.allow(email, clientAddress)) {
            return;
        }
        // hashed on every path, so the answer takes as long whether or not the address has an account
        String passwordHash = passwords.hash(password);
        Optional<Account> existing = accounts.byEmail(email);
        if (existing.isEmpty()) {
            Account account = accounts.insert(
                    AccountKind.CITIZEN, AccountStatus.PENDING, email, displayName, passwordHash, false, false);
            mails.confirmEmail(account, tokens.issue(account.id(), TokenPurpose.CONFIRM_EMAIL));
            audit.record(account, "account.registered", Map.of());
            return;
        }
        Account account = existing.get();
        switch (account.status()) {
            case PENDING -> {
                // an unconfirmed registration owns nothing yet: the newer one replaces it
                accounts.replacePendingRegistration(account.id(), displayName, passwordHash);
                Account replaced = accounts.require(account.id());
                mails.confirmEmail(replaced, tokens.issue(account.id(), TokenPurpose.CONFIRM_EMAIL));
                audit.record(account, "account.registration-repeated", Map.of());
            }
            case ACTIVE -> {
                mails.alreadyRegistered(account);
                audit.record(account, "account.registration-refused", Map.of("reason", "address has an account"));
            }
            case DEACTIVATED, DELETED ->
                audit.record(
                        account,
                        "account.registration-refused",
                        Map.of("reason", "account " + account.status().name().toLowerCase(Locale.ROOT)));
        }
    }

    public boolean confirmationValid(String token) {
        return tokens.peek(token, TokenPurpose.CONFIRM_EMAIL).isPresent();
    }

    /** Confirms the address behind a confirmation link; empty if the link is not valid (any more). */
    @Transactional
    public Optional<Account> confirm(String token) {
        return tokens.consume(token, TokenPurpose.CONFIRM_EMAIL).map(accountId -> {
            accounts.activate(accountId);
            Account account = accounts.require(accountId);
            audit.record(account, "account.confirmed", Map.of());
            return account;
        });
    }
}

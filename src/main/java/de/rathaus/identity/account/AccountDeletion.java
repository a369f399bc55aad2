package de.rathaus.identity.account;

import de.rathaus.identity.AccountDeleted;
import de.rathaus.identity.AccountKind;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen deletes their account. Name, address, password, second factor and links to other
 * providers go; the row with the pseudonym stays so that records under a retention period still
 * point somewhere. Other modules hear of it through {@link AccountDeleted}.
 */
@Service
public class AccountDeletion {

    private final Accounts accounts;
    private final RoleGrants roles;
    private final Tokens tokens;
    private final ExternalIdentities externalIdentities;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;
    private final AccountAudit audit;

    AccountDeletion(
            Accounts accounts,
            RoleGrants roles,
            Tokens tokens,
            ExternalIdentities externalIdentities,
            AccountSessions sessions,
            ApplicationEventPublisher events,
            AccountAudit audit) {
        this.accounts = accounts;
        this.roles = roles;
        this.tokens = tokens;
        this.externalIdentities = externalIdentities;
        this.sessions = sessions;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public void delete(Account account) {
        if (account.kind() != AccountKind.CITIZEN) {
            throw new IllegalArgumentException(
                    "Only citizens delete their own accounts; staff accounts are deactivated");
        }
        tokens.withdrawAll(account.id());
        externalIdentities.unlinkAll(account.id());
        roles.revokeAll(account.id());
        accounts.erasePersonalData(account.id());
        sessions.endAll(account.id());
        events.publishEvent(new AccountDeleted(CurrentTenant.id(), account.pseudonym()));
        audit.record(account, "account.deleted", Map.of());
    }
}

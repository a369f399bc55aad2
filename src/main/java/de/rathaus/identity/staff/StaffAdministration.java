package de.rathaus.identity.staff;

import de.rathaus.identity.AccountKind;
import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountAudit;
import de.rathaus.identity.account.AccountMails;
import de.rathaus.identity.account.AccountSessions;
import de.rathaus.identity.account.AccountStatus;
import de.rathaus.identity.account.Accounts;
import de.rathaus.identity.account.RoleGrants;
import de.rathaus.identity.account.TokenPurpose;
import de.rathaus.identity.account.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a town's administrator does with staff accounts: invite, grant and revoke roles, block and
 * unblock, reset a lost second factor. Every change is audited and ends the member's sessions, so
 * new rights apply (and withdrawn ones stop) at once.
 */
@Service
public class StaffAdministration {

    private final Accounts accounts;
    private final RoleGrants roles;
    private final Tokens tokens;
    private final AccountMails mails;
    private final AccountSessions sessions;
    private final AccountAudit audit;

    StaffAdministration(
            Accounts accounts,
            RoleGrants roles,
            Tokens tokens,
            AccountMails mails,
            AccountSessions sessions,
            AccountAudit audit) {
        this.accounts = accounts;
        this.roles = roles;
        this.tokens = tokens;
        this.mails = mails;
        this.sessions = sessions;
        this.audit = audit;
    }

    public List<StaffMember> staff() {
        return accounts.staff().stream()
                .map(account -> new StaffMember(account, roles.list(account.id())))
                .toList();
    }

    /** A staff account of this town; citizens' accounts are not the administration's business. */
    public Optional<StaffMember> member(UUID accountId) {
        return accounts.byId(accountId)
                .filter(account -> account.kind() == AccountKind.STAFF && account.status() != AccountStatus.DELETED)
                .map(account -> new StaffMember(account, roles.list(account.id())));
    }

    /** Creates a staff account with its first role and e-mails the link to set a password. */
    @Transactional
    public Account invite(String email, String displayName, RoleGrant firstRole) throws AddressTakenException {
        if (accounts.byEmail(email).isPresent()) {
            throw new AddressTakenException();
        }
        Account account =
                accounts.insert(AccountKind.STAFF, AccountStatus.PENDING, email, displayName, null, false, false);
        roles.grant(account.id(), firstRole);
        mails.invitation(account, tokens.issue(account.id(), TokenPurpose.INVITATION));
        audit.record(account, "staff.created", details(firstRole));
        return account;
    }

    @Transactional
    public void resendInvitation(Account account) {
        if (account.status() != AccountStatus.PENDING) {
            throw new IllegalStateException("Only a pending invitation can be sent again");
        }
        mails.invitation(account, tokens.issue(account.id(), TokenPurpose.INVITATION));
        audit.record(account, "staff.invited", Map.of());
    }

    @Transactional
    public boolean grant(Account account, RoleGrant grant) {
        boolean added = roles.grant(account.id(), grant);
        if (added) {
            sessions.endAll(account.id());
            audit.record(account, "role.granted", details(grant));
        }
        return added;
    }

    @Transactional
    public boolean revoke(Account account, RoleGrant grant) {
        boolean removed = roles.revoke(account.id(), grant);
        if (removed) {
            sessions.endAll(account.id());
            audit.record(account, "role.revoked", details(grant));
        }
        return removed;
    }

    @Transactional
    public void deactivate(Account account) {
        accounts.setStatus(account.id(), AccountStatus.DEACTIVATED);
        tokens.withdrawAll(account.id());
        sessions.endAll(account.id());
        audit.record(account, "staff.deactivated", Map.of());
    }

    /** Unblocks an account; one that never set a password is pending again and can get a new invitation. */
    @Transactional
    public void reactivate(Account account) {
        accounts.setStatus(account.id(), account.passwordHash() == null ? AccountStatus.PENDING : AccountStatus.ACTIVE);
        audit.record(account, "staff.reactivated", Map.of());
    }

    /** For a lost phone: the member sets up a new authenticator app at the next sign-in. */
    @Transactional
    public void resetSecondFactor(Account account) {
        accounts.removeSecondFactor(account.id());
        sessions.endAll(account.id());
        audit.record(account, "second-factor.reset", Map.of());
    }

    private static Map<String, String> details(RoleGrant grant) {
        var details = new HashMap<String, String>();
        details.put("role", grant.role().name());
        details.put(
                "office", grant.officeId() == null ? "town" : grant.officeId().toString());
        return details;
    }
}

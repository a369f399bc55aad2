package de.rathaus.identity.account;

import de.rathaus.identity.AccountKind;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens who sign in through another identity provider (OIDC, BundID) get an account of this
 * town on their first visit, or their existing account if the provider vouches for its address.
 */
@Service
public class ExternalSignUp {

    private final Accounts accounts;
    private final ExternalIdentities externalIdentities;
    private final AccountAudit audit;

    ExternalSignUp(Accounts accounts, ExternalIdentities externalIdentities, AccountAudit audit) {
        this.accounts = accounts;
        this.externalIdentities = externalIdentities;
        this.audit = audit;
    }

    /**
     * The citizen account for an identity at a provider.
     *
     * @param verifiedEmail an address the provider has verified; it links the identity to an
     *     existing account with that address (confirming it, if it was pending)
     * @throws IllegalStateException if the account found may not sign in (deactivated, deleted) or
     *     the address belongs to a staff account
     */
    @Transactional
    public Account findOrCreateCitizen(String provider, String subject, String verifiedEmail, String displayName) {
        var linked = externalIdentities.accountOf(provider, subject).flatMap(accounts::byId);
        if (linked.isPresent()) {
            return usable(linked.get());
        }
        Account account = accounts.byEmail(verifiedEmail)
                .map(existing -> {
                    if (existing.kind() != AccountKind.CITIZEN) {
                        // a citizen provider must never become a way into a staff account
                        throw new IllegalStateException("The address belongs to a staff account");
                    }
                    accounts.activate(existing.id());
                    return accounts.require(existing.id());
                })
                .orElseGet(() -> {
                    Account created = accounts.insert(
                            AccountKind.CITIZEN, AccountStatus.ACTIVE, verifiedEmail, displayName, null, false, false);
                    audit.record(created, "account.registered", Map.of("provider", provider));
                    return created;
                });
        externalIdentities.link(provider, subject, account.id());
        audit.record(account, "account.external-identity-linked", Map.of("provider", provider));
        return usable(account);
    }

    private static Account usable(Account account) {
        if (account.status() != AccountStatus.ACTIVE) {
            throw new IllegalStateException("Account " + account.pseudonym() + " may not sign in: " + account.status());
        }
        return account;
    }
}

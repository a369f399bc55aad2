package de.rathaus.identity.directory;

import de.rathaus.identity.AccountKind;
import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountAudit;
import de.rathaus.identity.account.AccountStatus;
import de.rathaus.identity.account.Accounts;
import de.rathaus.identity.account.EmailAddress;
import de.rathaus.identity.account.ExternalIdentities;
import de.rathaus.identity.account.RoleGrants;
import de.rathaus.identity.staff.StaffAdministration;
import de.rathaus.platform.tenancy.Offices;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.naming.ldap.LdapName;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The Rathaus accounts of people the directory knows: created at the first sign-in (or an account
 * the administrator created for the same address is taken over), kept in step with the
 * directory's name, address and, where the directory decides them, roles.
 */
@Service
class DirectoryStaff {

    /** The provider name of directory identities in {@code identity.external_identity}. */
    static final String PROVIDER = ExternalIdentities.DIRECTORY;

    private static final Logger log = LoggerFactory.getLogger(DirectoryStaff.class);

    private final Accounts accounts;
    private final ExternalIdentities externalIdentities;
    private final RoleGrants roles;
    private final StaffAdministration administration;
    private final Offices offices;
    private final AccountAudit audit;

    DirectoryStaff(
            Accounts accounts,
            ExternalIdentities externalIdentities,
            RoleGrants roles,
            StaffAdministration administration,
            Offices offices,
            AccountAudit audit) {
        this.accounts = accounts;
        this.externalIdentities = externalIdentities;
        this.roles = roles;
        this.administration = administration;
        this.offices = offices;
        this.audit = audit;
    }

    /** The account that signs in with this login name through the directory, if there is one. */
    Optional<Account> managedAccount(String loginName) {
        return accounts.byEmail(loginName).filter(account -> externalIdentities.linked(account.id(), PROVIDER));
    }

    /** The account linked to this person, if they signed in before. */
    Optional<Account> accountOf(TownDirectory.Person person) {
        return externalIdentities.accountOf(PROVIDER, person.id()).flatMap(accounts::byId);
    }

    /** Whether the person may sign in, and to which account. */
    sealed interface Outcome {
        record Admitted(Account account) implements Outcome {}

        /** The refusal is audited by the caller, outside this transaction. */
        record Refused(@Nullable Account account, String reason) implements Outcome {}
    }

    /**
     * Finds, links or creates the account of a person whose password the directory accepted, and
     * brings it in step with the directory. Refused if the account is blocked in Rathaus or the
     * directory gives the person none of the roles it manages.
     */
    @Transactional
    Outcome signIn(DirectoryProperties.Town settings, TownDirectory.Person person, List<LdapName> groups) {
        Optional<Set<RoleGrant>> managedRoles =
                settings.managesRoles() ? Optional.of(grantsFor(settings, groups)) : Optional.empty();
        if (managedRoles.isPresent() && managedRoles.get().isEmpty()) {
            return new Outcome.Refused(accountOf(person).orElse(null), "in none of the groups that give roles");
        }
        Optional<Account> found = accountOf(person).or(() -> linkOrCreate(person));
        if (found.isEmpty()) {
            return new Outcome.Refused(null, "no usable e-mail address or one of a citizen account");
        }
        Account account = found.get();
        switch (account.status()) {
            case DEACTIVATED, DELETED -> {
                return new Outcome.Refused(account, "deactivated");
            }
            case PENDING -> accounts.activate(account.id());
            case ACTIVE -> {
                // nothing to do
            }
        }
        keepInStep(account, person);
        managedRoles.ifPresent(grants -> applyRoles(account, grants));
        return new Outcome.Admitted(accounts.require(account.id()));
    }

    private Optional<Account> linkOrCreate(TownDirectory.Person person) {
        String email = person.email();
        if (email == null || !EmailAddress.plausible(email)) {
            log.warn("The directory entry {} has no usable e-mail address; staff need one to sign in", person.dn());
            return Optional.empty();
        }
        Account account = accounts.byEmail(email).orElseGet(() -> {
            Account created = accounts.insert(
                    AccountKind.STAFF, AccountStatus.ACTIVE, email, nameOf(person, email), null, false, false);
            audit.record(created, "staff.created", Map.of("source", PROVIDER));
            return created;
        });
        if (account.kind() != AccountKind.STAFF) {
            log.warn(
                    "The directory entry {} has the address of a citizen account; it cannot sign in as staff",
                    person.dn());
            return Optional.empty();
        }
        externalIdentities.link(PROVIDER, person.id(), account.id());
        audit.record(account, "account.external-identity-linked", Map.of("provider", PROVIDER));
        return Optional.of(account);
    }

    /** Takes over a changed name or address from the directory. */
    private void keepInStep(Account account, TownDirectory.Person person) {
        String email = person.email();
        if (email != null
                && EmailAddress.plausible(email)
                && !EmailAddress.key(email)
                        .equals(account.email() == null ? null : EmailAddress.key(account.email()))) {
            if (accounts.byEmail(email).isEmpty()) {
                accounts.changeEmail(account.id(), email);
            } else {
                log.warn(
                        "The directory's new address for {} belongs to another account; the old one stays",
                        person.dn());
            }
        }
        String name = nameOf(person, account.nameOrEmpty());
        if (StringUtils.hasText(name) && !name.equals(account.displayName())) {
            accounts.changeName(account.id(), name);
        }
    }

    private void applyRoles(Account account, Set<RoleGrant> wanted) {
        Set<RoleGrant> held = roles.of(account.id());
        Account current = accounts.require(account.id());
        for (RoleGrant grant : held) {
            if (!wanted.contains(grant)) {
                administration.revoke(current, grant);
            }
        }
        for (RoleGrant grant : wanted) {
            if (!held.contains(grant)) {
                administration.grant(current, grant);
            }
        }
    }

    private Set<RoleGrant> grantsFor(DirectoryProperties.Town settings, List<LdapName> groups) {
        Set<RoleGrant> grants = new HashSet<>();
        for (DirectoryProperties.RoleGroup mapping : settings.roleGroups()) {
            if (!TownDirectory.name(mapping.group()).map(groups::contains).orElse(false)) {
                continue;
            }
            if (!StringUtils.hasText(mapping.office())) {
                grants.add(new RoleGrant(mapping.role(), null));
            } else {
                offices.bySlug(mapping.office())
                        .ifPresentOrElse(
                                office -> grants.add(new RoleGrant(mapping.role(), office.id())),
                                () -> log.warn(
                                        "The directory group {} names the office {}, which this town does not have",
                                        mapping.group(),
                                        mapping.office()));
            }
        }
        return grants;
    }

    private static String nameOf(TownDirectory.Person person, String fallback) {
        return StringUtils.hasText(person.displayName()) ? person.displayName().trim() : fallback;
    }
}

package de.rathaus.identity.staff;

import de.rathaus.identity.AccountKind;
import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountStatus;
import de.rathaus.identity.account.Accounts;
import de.rathaus.identity.account.Passwords;
import de.rathaus.identity.account.RoleGrants;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.DemoMode;
import de.rathaus.platform.tenancy.Office;
import de.rathaus.platform.tenancy.Offices;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the {@link DemoLogins} in demo mode, after the demo towns (order 10), and only where
 * missing. Demo staff may skip the second factor while the installation runs as a demo.
 */
@Component
@Order(10)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final DemoMode demo;
    private final Tenants tenants;
    private final Offices offices;
    private final Accounts accounts;
    private final RoleGrants roles;
    private final Passwords passwords;

    DemoAccounts(
            DemoMode demo, Tenants tenants, Offices offices, Accounts accounts, RoleGrants roles, Passwords passwords) {
        this.demo = demo;
        this.tenants = tenants;
        this.offices = offices;
        this.accounts = accounts;
        this.roles = roles;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        // one hash for all demo logins: they share the published password anyway
        String hash = passwords.hash(DemoLogins.PASSWORD);
        DemoLogins.BY_TOWN.forEach((slug, logins) -> tenants.bySlug(slug).ifPresent(town -> seed(town, logins, hash)));
        if (accounts.installation().byEmail(DemoLogins.OPERATOR).isEmpty()) {
            accounts.installation()
                    .insert(
                            AccountKind.OPERATOR,
                            AccountStatus.ACTIVE,
                            DemoLogins.OPERATOR,
                            "Betrieb",
                            hash,
                            false,
                            true);
            log.info("Seeded the demo operator {}", DemoLogins.OPERATOR);
        }
    }

    private void seed(Tenant town, List<DemoLogins.Login> logins, String hash) {
        CurrentTenant.runAs(town, () -> {
            int created = 0;
            for (DemoLogins.Login login : logins) {
                if (accounts.byEmail(login.email()).isEmpty()) {
                    create(login, hash);
                    created++;
                }
            }
            if (created > 0) {
                log.info("Seeded {} demo logins for {}", created, town.name());
            }
        });
    }

    private void create(DemoLogins.Login login, String hash) {
        AccountKind kind = login.role() == null ? AccountKind.CITIZEN : AccountKind.STAFF;
        Account account = accounts.insert(kind, AccountStatus.ACTIVE, login.email(), login.name(), hash, false, true);
        if (login.role() != null) {
            var office = login.office() == null
                    ? null
                    : offices.bySlug(login.office()).map(Office::id).orElse(null);
            if (login.role().requiresOffice() && office == null) {
                throw new IllegalStateException("Demo office " + login.office() + " is missing");
            }
            roles.grant(account.id(), new RoleGrant(login.role(), office));
        }
    }
}

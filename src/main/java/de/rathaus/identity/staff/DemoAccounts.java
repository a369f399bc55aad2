package de.rathaus.identity.staff;

import de.rathaus.identity.AccountKind;
import de.rathaus.identity.Role;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo logins of Musterstadt and Musterdorf, all with the password {@value #PASSWORD}: a
 * citizen, one staff member per role, an administrator, and the operator. Seeded only in demo
 * mode, after the demo towns (order 10), and only where missing. Demo staff may skip the second
 * factor while the installation runs as a demo.
 */
@Component
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Rathaus-Demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** One demo login; {@code office} is an office slug, or null for the whole town. */
    record Login(String email, String name, @Nullable Role role, @Nullable String office) {}

    static final List<Login> MUSTERSTADT = List.of(
            new Login("buerger@musterstadt.example", "Erika Mustermann", null, null),
            new Login("sachbearbeitung@musterstadt.example", "Sam Schreiber", Role.CLERK, "buergerbuero"),
            new Login("amtsleitung@musterstadt.example", "Alex Amtmann", Role.OFFICE_LEAD, "buergerbuero"),
            new Login("redaktion@musterstadt.example", "Robin Redlich", Role.EDITOR, null),
            new Login("moderation@musterstadt.example", "Mona Moser", Role.MODERATOR, null),
            new Login("ratsbuero@musterstadt.example", "Rainer Ratgeb", Role.COUNCIL_OFFICE, null),
            new Login("datenpflege@musterstadt.example", "Dana Datenreich", Role.DATA_STEWARD, null),
            new Login("datenschutz@musterstadt.example", "Dieter Schutzmann", Role.DATA_PROTECTION, null),
            new Login("admin@musterstadt.example", "Ada Adler", Role.TENANT_ADMIN, null));

    static final List<Login> MUSTERDORF = List.of(
            new Login("buerger@musterdorf.example", "Max Mustermann", null, null),
            new Login("sachbearbeitung@musterdorf.example", "Sophie Sander", Role.CLERK, "gemeindeverwaltung"),
            new Login("admin@musterdorf.example", "Anton Amsel", Role.TENANT_ADMIN, null));

    static final String OPERATOR = "betrieb@rathaus.example";

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
        String hash = passwords.hash(PASSWORD);
        tenants.bySlug("musterstadt").ifPresent(town -> seed(town, MUSTERSTADT, hash));
        tenants.bySlug("musterdorf").ifPresent(town -> seed(town, MUSTERDORF, hash));
        if (accounts.installation().byEmail(OPERATOR).isEmpty()) {
            accounts.installation()
                    .insert(AccountKind.OPERATOR, AccountStatus.ACTIVE, OPERATOR, "Betrieb", hash, false, true);
            log.info("Seeded the demo operator {}", OPERATOR);
        }
    }

    private void seed(Tenant town, List<Login> logins, String hash) {
        CurrentTenant.runAs(town, () -> {
            int created = 0;
            for (Login login : logins) {
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

    private void create(Login login, String hash) {
        AccountKind kind = login.role() == null ? AccountKind.CITIZEN : AccountKind.STAFF;
        Account account = accounts.insert(kind, AccountStatus.ACTIVE, login.email(), login.name(), hash, false, true);
        if (login.role() != null) {
            var office = login.office() == null ? null : offices.bySlug(login.office()).map(Office::id).orElse(null);
            if (login.role().requiresOffice() && office == null) {
                throw new IllegalStateException("Demo office " + login.office() + " is missing");
            }
            roles.grant(account.id(), new RoleGrant(login.role(), office));
        }
    }
}

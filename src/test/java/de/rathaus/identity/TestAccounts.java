package de.rathaus.identity;

import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountStatus;
import de.rathaus.identity.account.Accounts;
import de.rathaus.identity.account.Passwords;
import de.rathaus.identity.account.RoleGrants;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Creates accounts for tests straight in the database, each with a fresh address. */
public final class TestAccounts {

    public static final String PASSWORD = "richtig-langes-Passwort-1";

    private final Accounts accounts;
    private final RoleGrants roles;
    private final Passwords passwords;
    private final Tenants tenants;

    public TestAccounts(ApplicationContext context) {
        this.accounts = context.getBean(Accounts.class);
        this.roles = context.getBean(RoleGrants.class);
        this.passwords = context.getBean(Passwords.class);
        this.tenants = context.getBean(Tenants.class);
    }

    public static String freshEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    public Tenant musterstadt() {
        return tenants.bySlug("musterstadt").orElseThrow();
    }

    public Tenant musterdorf() {
        return tenants.bySlug("musterdorf").orElseThrow();
    }

    public Account citizen(Tenant town) {
        return CurrentTenant.runAs(
                town,
                () -> accounts.insert(
                        AccountKind.CITIZEN,
                        AccountStatus.ACTIVE,
                        freshEmail("buerger"),
                        "Test Bürgerin",
                        passwords.hash(PASSWORD),
                        false,
                        false));
    }

    /** A staff member without a second factor yet and not a demo account: must set one up. */
    public Account staff(Tenant town, RoleGrant... grants) {
        return insertStaff(town, false, grants);
    }

    /**
     * A demo staff member: signs in without a second factor (the tests run in demo mode), so a
     * test can work as staff of a fresh town with just {@code Visitor.signIn}.
     */
    public Account demoStaff(Tenant town, RoleGrant... grants) {
        return insertStaff(town, true, grants);
    }

    private Account insertStaff(Tenant town, boolean demo, RoleGrant... grants) {
        return CurrentTenant.runAs(town, () -> {
            Account account = accounts.insert(
                    AccountKind.STAFF,
                    AccountStatus.ACTIVE,
                    freshEmail("mitarbeiter"),
                    "Test Mitarbeiterin",
                    passwords.hash(PASSWORD),
                    false,
                    demo);
            for (RoleGrant grant : grants) {
                roles.grant(account.id(), grant);
            }
            return account;
        });
    }
}

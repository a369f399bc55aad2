package de.rathaus.identity.staff;

import de.rathaus.identity.AccountKind;
import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountAudit;
import de.rathaus.identity.account.AccountStatus;
import de.rathaus.identity.account.Accounts;
import de.rathaus.identity.account.EmailAddress;
import de.rathaus.identity.account.Passwords;
import de.rathaus.identity.account.RoleGrants;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.DemoMode;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The first accounts of a real installation, from the configuration: the town's administrator
 * ({@code RATHAUS_TENANT_ADMIN_EMAIL}, {@code RATHAUS_TENANT_ADMIN_PASSWORD}) and the operator
 * ({@code RATHAUS_OPERATOR_EMAIL}, {@code RATHAUS_OPERATOR_PASSWORD}). Each is created once, if no
 * account with that address exists, and must choose a new password and set up the second factor at
 * the first sign-in, since the configured password has passed through files and environments.
 */
@Component
@Order(10)
class InitialAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private final DemoMode demo;
    private final Tenants tenants;
    private final Accounts accounts;
    private final RoleGrants roles;
    private final Passwords passwords;
    private final AccountAudit audit;
    private final TransactionTemplate transactions;
    private final Credentials tenantAdmin;
    private final Credentials operator;
    private final @Nullable String tenantSlug;

    record Credentials(@Nullable String email, @Nullable String password) {

        boolean configured() {
            return StringUtils.hasText(email) && StringUtils.hasText(password);
        }
    }

    InitialAccounts(
            DemoMode demo,
            Tenants tenants,
            Accounts accounts,
            RoleGrants roles,
            Passwords passwords,
            AccountAudit audit,
            TransactionTemplate transactions,
            @Value("${rathaus.tenant.admin-email:}") String adminEmail,
            @Value("${rathaus.tenant.admin-password:}") String adminPassword,
            @Value("${rathaus.operator.email:}") String operatorEmail,
            @Value("${rathaus.operator.password:}") String operatorPassword,
            @Value("${rathaus.tenant.slug:}") String tenantSlug) {
        this.demo = demo;
        this.tenants = tenants;
        this.accounts = accounts;
        this.roles = roles;
        this.passwords = passwords;
        this.audit = audit;
        this.transactions = transactions;
        this.tenantAdmin = new Credentials(adminEmail, adminPassword);
        this.operator = new Credentials(operatorEmail, operatorPassword);
        this.tenantSlug = StringUtils.hasText(tenantSlug) ? tenantSlug : null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            createConfiguredAccounts();
        }
    }

    /** Creates the configured accounts that do not exist yet, all or none. */
    void createConfiguredAccounts() {
        transactions.executeWithoutResult(status -> {
            if (tenantAdmin.configured()) {
                Tenant town = (tenantSlug == null ? tenants.defaultTenant() : tenants.bySlug(tenantSlug))
                        .orElseThrow(() -> new IllegalStateException(
                                "The municipality for the first administrator does not exist"));
                CurrentTenant.runAs(
                        town,
                        () -> createOnce(accounts, AccountKind.STAFF, tenantAdmin, "Administration")
                                .ifPresent(admin -> roles.grant(admin.id(), new RoleGrant(Role.TENANT_ADMIN, null))));
            }
            if (operator.configured()) {
                createOnce(accounts.installation(), AccountKind.OPERATOR, operator, "Betrieb");
            }
        });
    }

    private Optional<Account> createOnce(Accounts scope, AccountKind kind, Credentials credentials, String name) {
        String email = credentials.email();
        String password = credentials.password();
        if (email == null || password == null || scope.byEmail(email).isPresent()) {
            return Optional.empty();
        }
        if (!EmailAddress.plausible(email)) {
            throw new IllegalStateException(
                    "The configured address of the first " + name + " account is not an e-mail address");
        }
        passwords.problemWith(password, email).ifPresent(problem -> {
            throw new IllegalStateException("The configured password of the first " + name + " account is refused: "
                    + problem + " (at least " + Passwords.MIN_LENGTH + " characters, not the e-mail address)");
        });
        Account account = scope.insert(kind, AccountStatus.ACTIVE, email, name, passwords.hash(password), true, false);
        audit.record(account, "account.bootstrapped", Map.of("kind", kind.name()));
        log.info("Created the first {} account; it must choose a new password at the first sign-in", kind);
        return Optional.of(account);
    }
}

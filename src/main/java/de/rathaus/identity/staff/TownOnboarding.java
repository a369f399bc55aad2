package de.rathaus.identity.staff;

import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.platform.audit.AuditLog;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.NewTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operator takes a new municipality into the installation: the town with its host name and
 * its first administrator, who gets an invitation by e-mail. The operator never sees the town's
 * personal data; the creation is recorded in the installation's audit chain, the invitation in the
 * new town's.
 */
@Service
public class TownOnboarding {

    /** The accent colour was refused (format or contrast against white); nothing was stored. */
    public static class ColourRefusedException extends RuntimeException {
        ColourRefusedException(String message) {
            super(message);
        }
    }

    private final Tenants tenants;
    private final StaffAdministration staff;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    TownOnboarding(Tenants tenants, StaffAdministration staff, AuditLog audit, TransactionTemplate transactions) {
        this.tenants = tenants;
        this.staff = staff;
        this.audit = audit;
        this.transactions = transactions;
    }

    public boolean slugTaken(String slug) {
        return tenants.bySlug(slug).isPresent();
    }

    public boolean hostTaken(String host) {
        String normalised = host.toLowerCase(Locale.ROOT);
        return tenants.all().stream()
                .anyMatch(town -> tenants.hostsOf(town.id()).contains(normalised));
    }

    /** Registers the town and invites its administrator, all or nothing. */
    public Tenant register(NewTenant town, String adminEmail, String adminName) {
        return Objects.requireNonNull(transactions.execute(status -> {
            Tenant created;
            try {
                created = tenants.create(town);
            } catch (IllegalArgumentException e) {
                throw new ColourRefusedException(e.getMessage());
            }
            // the operator acts for the installation, so the entry goes to the installation's chain
            audit.recordFor(
                    AuditLog.INSTALLATION,
                    "tenant.created",
                    "tenant",
                    created.id().toString(),
                    Map.of("slug", created.slug()));
            CurrentTenant.runAs(created, () -> {
                try {
                    staff.invite(adminEmail, adminName, new RoleGrant(Role.TENANT_ADMIN, null));
                } catch (AddressTakenException e) {
                    throw new IllegalStateException("A town that was just created has no accounts", e);
                }
            });
            return created;
        }));
    }
}

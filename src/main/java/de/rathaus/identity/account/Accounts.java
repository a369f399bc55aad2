package de.rathaus.identity.account;

import com.fasterxml.uuid.Generators;
import de.rathaus.identity.AccountKind;
import de.rathaus.platform.audit.AuditLog;
import de.rathaus.platform.files.Secrets;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The accounts of one scope: by default the current town; {@link #installation()} holds the
 * operators. Every query names the scope's tenant id, so a town never sees another town's accounts.
 */
@Repository
public class Accounts {

    /** The scope of the operators' accounts, which belong to the installation, not to a town. */
    public static final UUID INSTALLATION = AuditLog.INSTALLATION.value();

    private static final String COLUMNS = """
        tenant_id, id, pseudonym, kind, status, email, display_name, password_hash,
        must_change_password, totp_secret, totp_last_step, demo
        """;

    /** What the second factor's shared key is sealed for (see {@link Secrets}). */
    private static final String TOTP_PURPOSE = "identity/totp";

    private final JdbcClient jdbc;
    private final Secrets secrets;
    private final Supplier<UUID> tenant;

    @Autowired
    Accounts(JdbcClient jdbc, Secrets secrets) {
        this(jdbc, secrets, () -> CurrentTenant.id().value());
    }

    private Accounts(JdbcClient jdbc, Secrets secrets, Supplier<UUID> tenant) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.tenant = tenant;
    }

    /** The operators' accounts. */
    public Accounts installation() {
        return scopedTo(INSTALLATION);
    }

    /**
     * The accounts of the given scope. Callers pass the tenant id of a signed-in principal, which
     * is bound to the current town (or is the installation's, for operators).
     */
    public Accounts scopedTo(UUID tenantId) {
        return new Accounts(jdbc, secrets, () -> tenantId);
    }

    public UUID tenantId() {
        return tenant.get();
    }

    public Optional<Account> byEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from identity.account where tenant_id = ? and email_key = ?")
                .params(tenant.get(), EmailAddress.key(email))
                .query(this::map)
                .optional();
    }

    public Optional<Account> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from identity.account where tenant_id = ? and id = ?")
                .params(tenant.get(), id)
                .query(this::map)
                .optional();
    }

    public Account require(UUID id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("No account " + id + " in " + tenant.get()));
    }

    /** The town's staff, active ones first, then by name. */
    public List<Account> staff() {
        return jdbc.sql("select " + COLUMNS + """
              from identity.account
             where tenant_id = ? and kind = 'STAFF' and status <> 'DELETED'
             order by status = 'DEACTIVATED', display_name collate "de-x-icu", email_key
            """)
                .param(tenant.get())
                .query(this::map)
                .list();
    }

    public Account insert(
            AccountKind kind,
            AccountStatus status,
            String email,
            String displayName,
            @Nullable String passwordHash,
            boolean mustChangePassword,
            boolean demo) {
        UUID id = Generators.timeBasedEpochGenerator().generate();
        jdbc.sql("""
            insert into identity.account (tenant_id, id, pseudonym, kind, status, email, email_key,
                display_name, password_hash, must_change_password, demo, confirmed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end)
            """)
                .params(
                        tenant.get(),
                        id,
                        UUID.randomUUID(),
                        kind.name(),
                        status.name(),
                        email.trim(),
                        EmailAddress.key(email),
                        displayName.trim(),
                        passwordHash,
                        mustChangePassword,
                        demo,
                        status == AccountStatus.ACTIVE)
                .update();
        return require(id);
    }

    /** A new registration for an address whose earlier registration was never confirmed replaces it. */
    public void replacePendingRegistration(UUID id, String displayName, String passwordHash) {
        jdbc.sql("""
            update identity.account set display_name = ?, password_hash = ?
             where tenant_id = ? and id = ? and status = 'PENDING'
            """).params(displayName.trim(), passwordHash, tenant.get(), id).update();
    }

    /** Confirms the e-mail address of a pending account; true if it was pending. */
    public boolean activate(UUID id) {
        return jdbc.sql("""
            update identity.account set status = 'ACTIVE', confirmed_at = now()
             where tenant_id = ? and id = ? and status = 'PENDING'
            """).params(tenant.get(), id).update() == 1;
    }

    public void setStatus(UUID id, AccountStatus status) {
        jdbc.sql("update identity.account set status = ? where tenant_id = ? and id = ? and status <> 'DELETED'")
                .params(status.name(), tenant.get(), id)
                .update();
    }

    public void changePassword(UUID id, String passwordHash) {
        jdbc.sql("""
            update identity.account set password_hash = ?, must_change_password = false
             where tenant_id = ? and id = ? and status <> 'DELETED'
            """).params(passwordHash, tenant.get(), id).update();
    }

    public void changeName(UUID id, String displayName) {
        jdbc.sql("update identity.account set display_name = ? where tenant_id = ? and id = ? and status <> 'DELETED'")
                .params(displayName.trim(), tenant.get(), id)
                .update();
    }

    /** A new address from a source the town trusts (its directory); the caller checks it is free. */
    public void changeEmail(UUID id, String email) {
        jdbc.sql("""
                        update identity.account set email = ?, email_key = ?
                         where tenant_id = ? and id = ? and status <> 'DELETED'
                        """)
                .params(email.trim(), EmailAddress.key(email), tenant.get(), id)
                .update();
    }

    /** Stores the second factor's shared key sealed under the town's key, never in plain text. */
    public void enableSecondFactor(UUID id, String totpSecret, long acceptedStep) {
        UUID owner = tenant.get();
        jdbc.sql("update identity.account set totp_secret = ?, totp_last_step = ? where tenant_id = ? and id = ?")
                .params(secrets.seal(new TenantId(owner), TOTP_PURPOSE, totpSecret), acceptedStep, owner, id)
                .update();
    }

    public void removeSecondFactor(UUID id) {
        jdbc.sql("update identity.account set totp_secret = null, totp_last_step = null where tenant_id = ? and id = ?")
                .params(tenant.get(), id)
                .update();
    }

    /**
     * Remembers a used one-time-code step; false if this or a later step was used already, so a
     * code that someone watched being typed cannot be replayed.
     */
    public boolean acceptSecondFactorStep(UUID id, long step) {
        return jdbc.sql("""
            update identity.account set totp_last_step = ?
             where tenant_id = ? and id = ? and (totp_last_step is null or totp_last_step < ?)
            """).params(step, tenant.get(), id, step).update() == 1;
    }

    public void recordSignIn(UUID id) {
        jdbc.sql("update identity.account set last_login_at = now() where tenant_id = ? and id = ?")
                .params(tenant.get(), id)
                .update();
    }

    /** Removes every piece of personal data; the row stays with its pseudonym. */
    public void erasePersonalData(UUID id) {
        jdbc.sql("""
            update identity.account
               set status = 'DELETED', email = null, email_key = null, display_name = null,
                   password_hash = null, totp_secret = null, totp_last_step = null,
                   must_change_password = false, deleted_at = now()
             where tenant_id = ? and id = ?
            """).params(tenant.get(), id).update();
    }

    private Account map(ResultSet rs, int row) throws SQLException {
        long step = rs.getLong("totp_last_step");
        Long lastStep = rs.wasNull() ? null : step;
        UUID owner = rs.getObject("tenant_id", UUID.class);
        String sealedTotp = rs.getString("totp_secret");
        return new Account(
                owner,
                rs.getObject("id", UUID.class),
                rs.getObject("pseudonym", UUID.class),
                AccountKind.valueOf(rs.getString("kind")),
                AccountStatus.valueOf(rs.getString("status")),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getBoolean("must_change_password"),
                sealedTotp == null ? null : secrets.open(new TenantId(owner), TOTP_PURPOSE, sealedTotp),
                lastStep,
                rs.getBoolean("demo"));
    }
}

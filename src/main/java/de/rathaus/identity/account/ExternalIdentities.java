package de.rathaus.identity.account;

import de.rathaus.platform.tenancy.CurrentTenant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Links between accounts and identities at another provider (OIDC subject, directory entry). */
@Repository
public class ExternalIdentities {

    private final JdbcClient jdbc;

    ExternalIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UUID> accountOf(String provider, String subject) {
        return jdbc.sql("""
            select account_id from identity.external_identity
             where tenant_id = ? and provider = ? and subject = ?
            """)
                .params(tenant(), provider, subject)
                .query(UUID.class)
                .optional();
    }

    /** Whether the account signs in through this provider. */
    /** The provider name of the town's directory (LDAP/AD), which then decides the password. */
    public static final String DIRECTORY = "directory";

    /** Whether the account signs in through the town's directory, so Rathaus keeps no password for it. */
    public boolean managedByDirectory(UUID accountId) {
        return linked(accountId, DIRECTORY);
    }

    public boolean linked(UUID accountId, String provider) {
        return jdbc.sql("""
                        select exists (select 1 from identity.external_identity
                                        where tenant_id = ? and account_id = ? and provider = ?)
                        """)
                .params(tenant(), accountId, provider)
                .query(Boolean.class)
                .single();
    }

    public void link(String provider, String subject, UUID accountId) {
        jdbc.sql("""
            insert into identity.external_identity (tenant_id, provider, subject, account_id)
            values (?, ?, ?, ?)
            """).params(tenant(), provider, subject, accountId).update();
    }

    public void unlinkAll(UUID accountId) {
        jdbc.sql("delete from identity.external_identity where tenant_id = ? and account_id = ?")
                .params(tenant(), accountId)
                .update();
    }

    private static UUID tenant() {
        return CurrentTenant.id().value();
    }
}

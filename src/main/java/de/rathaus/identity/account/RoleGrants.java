package de.rathaus.identity.account;

import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roles of the current town's staff. */
@Repository
public class RoleGrants {

    private static final Comparator<RoleGrant> ORDER = Comparator.comparing(RoleGrant::role)
            .thenComparing(
                    grant -> grant.officeId() == null ? "" : grant.officeId().toString());

    private final JdbcClient jdbc;

    RoleGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<RoleGrant> of(UUID accountId) {
        return Set.copyOf(list(accountId));
    }

    public List<RoleGrant> list(UUID accountId) {
        return jdbc
                .sql("select role, office_id from identity.role_grant where tenant_id = ? and account_id = ?")
                .params(tenant(), accountId)
                .query((rs, row) ->
                        new RoleGrant(Role.valueOf(rs.getString("role")), rs.getObject("office_id", UUID.class)))
                .list()
                .stream()
                .sorted(ORDER)
                .collect(Collectors.toList());
    }

    /** @return false if the account held this grant already */
    public boolean grant(UUID accountId, RoleGrant grant) {
        return jdbc.sql("""
            insert into identity.role_grant (tenant_id, account_id, role, office_id)
            values (?, ?, ?, ?) on conflict on constraint role_grant_unique do nothing
            """)
                        .params(tenant(), accountId, grant.role().name(), grant.officeId())
                        .update()
                == 1;
    }

    /** @return false if the account did not hold this grant */
    public boolean revoke(UUID accountId, RoleGrant grant) {
        return jdbc.sql("""
            delete from identity.role_grant
             where tenant_id = ? and account_id = ? and role = ?
               and office_id is not distinct from ?
            """)
                        .params(tenant(), accountId, grant.role().name(), grant.officeId())
                        .update()
                == 1;
    }

    public void revokeAll(UUID accountId) {
        jdbc.sql("delete from identity.role_grant where tenant_id = ? and account_id = ?")
                .params(tenant(), accountId)
                .update();
    }

    private UUID tenant() {
        return CurrentTenant.id().value();
    }
}

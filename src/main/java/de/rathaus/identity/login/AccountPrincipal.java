package de.rathaus.identity.login;

import de.rathaus.identity.AccountKind;
import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.SignedInAccount;
import de.rathaus.identity.TrustLevel;
import de.rathaus.platform.tenancy.TenantId;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is signed in, as kept in the session (serialised into PostgreSQL). Its name is the account
 * id, which Spring Session indexes so that all sessions of an account can be ended.
 *
 * @param tenantId the scope the account belongs to (a town, or the installation for operators)
 * @param boundTenantId the town whose host the sign-in happened on; the session is valid only there
 * @param secondFactorSkipped a demo staff account signed in without its second factor
 */
public record AccountPrincipal(
        UUID accountId,
        UUID tenantId,
        UUID boundTenantId,
        UUID pseudonym,
        AccountKind kind,
        String displayName,
        Set<RoleGrant> grants,
        TrustLevel trustLevel,
        boolean secondFactorSkipped)
        implements AuthenticatedPrincipal, Serializable {

    public AccountPrincipal {
        grants = Set.copyOf(grants);
    }

    @Override
    public String getName() {
        return accountId.toString();
    }

    public boolean boundTo(TenantId tenant) {
        return boundTenantId.equals(tenant.value());
    }

    public List<GrantedAuthority> authorities() {
        return grants.stream()
                .map(RoleGrant::role)
                .distinct()
                .map(Role::authority)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    public SignedInAccount toSignedInAccount() {
        return new SignedInAccount(accountId, pseudonym, new TenantId(tenantId), kind, displayName, grants, trustLevel);
    }

    /** Where this person starts after signing in. */
    public String homePath() {
        return switch (kind) {
            case CITIZEN -> "/konto";
            case STAFF -> "/verwaltung";
            case OPERATOR -> "/betrieb";
        };
    }
}

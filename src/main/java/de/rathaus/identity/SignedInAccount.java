package de.rathaus.identity;

import de.rathaus.platform.tenancy.TenantId;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The account behind the current request.
 *
 * @param pseudonym the id to store in records about this person (audit entries, cases): it stays
 *     valid after the account is deleted
 * @param tenantId the town the account belongs to (the installation's id for operators)
 */
public record SignedInAccount(
        UUID id,
        UUID pseudonym,
        TenantId tenantId,
        AccountKind kind,
        String displayName,
        Set<RoleGrant> grants,
        TrustLevel trustLevel) {

    public SignedInAccount {
        grants = Set.copyOf(grants);
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    /** Whether the account holds the role for this office (or for the whole town). */
    public boolean hasRoleFor(Role role, UUID officeId) {
        return grants.stream().anyMatch(grant -> grant.role() == role && grant.covers(officeId));
    }

    /** The offices named in the account's grants; a town-wide grant names none. */
    public Set<UUID> offices() {
        return grants.stream()
                .map(RoleGrant::officeId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isStaff() {
        return kind == AccountKind.STAFF;
    }
}

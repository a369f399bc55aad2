package de.rathaus.identity.web;

import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.platform.tenancy.Offices;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Reads a role and an office (empty for the whole town) from a form, rejecting the fields {@code role} and {@code office}. */
final class GrantInput {

    private GrantInput() {}

    static Optional<RoleGrant> parse(
            @Nullable String roleName, @Nullable String officeId, Offices offices, Errors errors) {
        Optional<Role> role = Role.staffRoles().stream()
                .filter(candidate -> candidate.name().equals(roleName))
                .findFirst();
        if (role.isEmpty()) {
            errors.rejectValue("role", "identity.admin.role.required");
            return Optional.empty();
        }
        UUID office = null;
        if (officeId != null && !officeId.isBlank()) {
            try {
                office = UUID.fromString(officeId);
            } catch (IllegalArgumentException e) {
                office = null;
            }
            if (office == null || offices.byId(office).isEmpty()) {
                errors.rejectValue("office", "identity.admin.office.unknown");
                return Optional.empty();
            }
        }
        if (role.get().requiresOffice() && office == null) {
            errors.rejectValue("office", "identity.admin.office.required");
            return Optional.empty();
        }
        if (role.get().townWide() && office != null) {
            errors.rejectValue("office", "identity.admin.office.not-allowed");
            return Optional.empty();
        }
        return Optional.of(new RoleGrant(role.get(), office));
    }
}

package de.rathaus.identity;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One role of a staff member.
 *
 * @param officeId the office the role is held in, or null for the whole town
 */
public record RoleGrant(Role role, @Nullable UUID officeId) implements Serializable {

    public RoleGrant {
        if (role.requiresOffice() && officeId == null) {
            throw new IllegalArgumentException(role + " is always held in an office");
        }
        if (role.townWide() && officeId != null) {
            throw new IllegalArgumentException(role + " always covers the whole town");
        }
    }

    public boolean covers(UUID office) {
        return officeId == null || officeId.equals(office);
    }
}

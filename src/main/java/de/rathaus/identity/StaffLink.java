package de.rathaus.identity;

import java.util.Set;

/**
 * An entry on the staff start page ({@code /verwaltung}). Modules declare their entries as beans;
 * a staff member sees those that need a role they hold.
 *
 * @param titleKey message key of the link text
 * @param descriptionKey message key of one sentence about what is there
 * @param roles the roles that may use it (any of them)
 * @param order position on the page, smaller first
 */
public record StaffLink(String path, String titleKey, String descriptionKey, Set<Role> roles, int order) {

    public StaffLink {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(SignedInAccount account) {
        return roles.stream().anyMatch(account::hasRole);
    }
}

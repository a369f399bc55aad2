package de.rathaus.identity.web;

import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.platform.tenancy.Office;
import de.rathaus.platform.tenancy.Offices;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A role as a page shows it: the role and the office's name (none for the whole town). */
record RoleView(Role role, @Nullable String officeName, RoleGrant grant) {

    static List<RoleView> of(Collection<RoleGrant> grants, Offices offices) {
        if (grants.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = offices.all().stream().collect(Collectors.toMap(Office::id, Office::name));
        return grants.stream()
                .map(grant -> new RoleView(
                        grant.role(), grant.officeId() == null ? null : names.get(grant.officeId()), grant))
                .sorted(Comparator.comparing(RoleView::role)
                        .thenComparing(view -> view.officeName() == null ? "" : view.officeName()))
                .toList();
    }
}

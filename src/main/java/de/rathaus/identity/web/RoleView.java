package de.rathaus.identity.web;

import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.platform.tenancy.Office;
import de.rathaus.platform.tenancy.Offices;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A role as a page shows it: the role and the office's name (none for the whole town). */
record RoleView(Role role, @Nullable String officeName, RoleGrant grant) {

    static List<RoleView> of(Collection<RoleGrant> grants, Offices offices) {
        return grants.stream()
                .map(grant -> new RoleView(
                        grant.role(),
                        grant.officeId() == null
                                ? null
                                : offices.byId(grant.officeId()).map(Office::name).orElse(null),
                        grant))
                .sorted(Comparator.comparing(RoleView::role)
                        .thenComparing(view -> view.officeName() == null ? "" : view.officeName()))
                .toList();
    }
}

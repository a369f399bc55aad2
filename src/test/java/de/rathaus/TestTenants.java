package de.rathaus;

import de.rathaus.platform.tenancy.NewTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.util.List;
import java.util.UUID;

/** Creates a throw-away tenant, so a test that changes or breaks tenant data touches no one else's. */
public final class TestTenants {

    private TestTenants() {}

    public static Tenant fresh(Tenants tenants) {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return tenants.create(new NewTenant(
                slug, "Teststadt " + slug, "#005ea5", false, List.of(slug + ".localhost"), "Testweg 1", "", "", ""));
    }
}

package de.rathaus.platform.tenancy;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Organisationseinheit: an office of the town, to which staff, services and cases belong. */
public record Office(
        TenantId tenantId,
        UUID id,
        String slug,
        String name,
        @Nullable String email,
        @Nullable String phone) {}

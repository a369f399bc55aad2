package de.rathaus.platform.tenancy;

import java.util.UUID;

/** Identifies one tenant (Mandant): a municipality with its own data. */
public record TenantId(UUID value) {

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

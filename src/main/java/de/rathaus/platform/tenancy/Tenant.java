package de.rathaus.platform.tenancy;

/**
 * A municipality using this installation. It is its own data controller.
 *
 * @param accentColour the crest colour used as the accent on its pages, {@code #rrggbb}
 */
public record Tenant(
        TenantId id,
        String slug,
        String name,
        String accentColour,
        boolean isDefault,
        String address,
        String email,
        String phone,
        String representedBy) {}

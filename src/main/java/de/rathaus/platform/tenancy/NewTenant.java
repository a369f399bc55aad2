package de.rathaus.platform.tenancy;

import java.util.List;

/** What it takes to register a municipality. */
public record NewTenant(
        String slug,
        String name,
        String accentColour,
        boolean isDefault,
        List<String> hosts,
        String address,
        String email,
        String phone,
        String representedBy) {}

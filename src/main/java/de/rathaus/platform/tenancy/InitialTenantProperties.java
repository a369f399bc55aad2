package de.rathaus.platform.tenancy;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first municipality of a production installation, created on the first start against an
 * empty database ({@code RATHAUS_TENANT_NAME}, {@code RATHAUS_TENANT_HOST}, ...).
 */
@ConfigurationProperties("rathaus.tenant")
public record InitialTenantProperties(
        @Nullable String name,
        @Nullable String slug,
        @Nullable String host,
        @Nullable String accentColour,
        @Nullable String address,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String representedBy) {}

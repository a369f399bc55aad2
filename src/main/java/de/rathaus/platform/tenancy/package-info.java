/**
 * Which town a request is for (resolved from the host name) and the town's offices
 * (Organisationseinheiten). Other modules use {@link de.rathaus.platform.tenancy.CurrentTenant},
 * {@link de.rathaus.platform.tenancy.Tenants} and {@link de.rathaus.platform.tenancy.Offices}.
 */
@NamedInterface("tenancy")
@NullMarked
package de.rathaus.platform.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

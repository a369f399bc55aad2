/**
 * Reporting a pothole or a broken street light (Mängelmelder), with the Open311 GeoReport v2
 * API.
 *
 * <p>Part of the module skeleton (ARCHITECTURE.md); the capability is built by its own issue, which
 * also declares the module's dependencies here.
 */
@ApplicationModule(
        displayName = "Reports",
        allowedDependencies = {})
@NullMarked
package de.rathaus.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

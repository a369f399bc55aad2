/**
 * The town's open data and figures: datasets and resources, previews, the CKAN Action API and
 * the DCAT-AP.de catalogue, transparency statistics.
 *
 * <p>Part of the module skeleton (ARCHITECTURE.md); the capability is built by its own issue, which
 * also declares the module's dependencies here.
 */
@ApplicationModule(
        displayName = "Open data",
        allowedDependencies = {})
@NullMarked
package de.rathaus.opendata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

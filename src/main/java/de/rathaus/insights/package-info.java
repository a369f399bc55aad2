/**
 * Feedback on services and success control: satisfaction, KPIs and dashboards, without per-
 * clerk figures.
 *
 * <p>Part of the module skeleton (ARCHITECTURE.md); the capability is built by its own issue, which
 * also declares the module's dependencies here.
 */
@ApplicationModule(
        displayName = "Insights",
        allowedDependencies = {})
@NullMarked
package de.rathaus.insights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Following the council (Ratsinformationssystem): bodies, people, meetings, agendas, papers,
 * decisions and live streams; the OParl API.
 *
 * <p>Part of the module skeleton (ARCHITECTURE.md); the capability is built by its own issue, which
 * also declares the module's dependencies here.
 */
@ApplicationModule(
        displayName = "Council",
        allowedDependencies = {})
@NullMarked
package de.rathaus.council;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * News, the events calendar, RSS/Atom and iCalendar feeds and notifications.
 *
 * <p>Part of the module skeleton (ARCHITECTURE.md); the capability is built by its own issue, which
 * also declares the module's dependencies here.
 */
@ApplicationModule(
        displayName = "News",
        allowedDependencies = {})
@NullMarked
package de.rathaus.news;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

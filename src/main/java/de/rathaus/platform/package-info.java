/**
 * The ground every capability stands on: which town (tenant) a request is for and its offices,
 * the page layout and design system, languages, the audit log, files, the mail outbox and jobs.
 * Depends on no other module.
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
@NullMarked
package de.rathaus.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * The E-Akte: files and their documents and versions, retention and disposal (Aussonderung),
 * xdomea export and the registration of incoming mail.
 *
 * <p>Part of the module skeleton (ARCHITECTURE.md); the capability is built by its own issue, which
 * also declares the module's dependencies here.
 */
@ApplicationModule(
        displayName = "Records",
        allowedDependencies = {})
@NullMarked
package de.rathaus.records;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

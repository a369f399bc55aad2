/**
 * Applying online: versioned form definitions, drafts that save as the citizen goes, uploads,
 * submissions and receipts (Formularserver).
 *
 * <p>Part of the module skeleton (ARCHITECTURE.md); the capability is built by its own issue, which
 * also declares the module's dependencies here.
 */
@ApplicationModule(
        displayName = "Forms",
        allowedDependencies = {})
@NullMarked
package de.rathaus.forms;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

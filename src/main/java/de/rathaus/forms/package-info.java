/**
 * Applying online: versioned form definitions, drafts that save as the citizen goes, uploads,
 * submissions and receipts (Formularserver).
 *
 * <p>The module's API for others: {@link de.rathaus.forms.ApplicationSubmitted} and {@link
 * de.rathaus.forms.FormId}; the back office reads submissions through {@code forms.submission}.
 */
@ApplicationModule(
        displayName = "Forms",
        allowedDependencies = {
            "catalog",
            "identity",
            "payment",
            "platform::tenancy",
            "platform::web",
            "platform::audit",
            "platform::mail",
            "platform::files",
            "platform::jobs",
            "platform::abuse",
            "platform::documents"
        })
@NullMarked
package de.rathaus.forms;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

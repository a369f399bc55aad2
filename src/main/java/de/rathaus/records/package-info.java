/**
 * The E-Akte: files and their documents and versions, retention and disposal (Aussonderung),
 * xdomea export and the registration of incoming mail.
 */
@ApplicationModule(
        displayName = "Records",
        allowedDependencies = {
            "identity",
            "platform::tenancy",
            "platform::web",
            "platform::audit",
            "platform::mail",
            "platform::files",
            "platform::jobs",
            "platform::documents"
        })
@NullMarked
package de.rathaus.records;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

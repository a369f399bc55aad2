/**
 * The citizen's service account (Servicekonto): my applications, the mailbox (Postfach), the
 * document safe, consents and GDPR self-service.
 */
@ApplicationModule(
        displayName = "Account",
        allowedDependencies = {
            "identity",
            "platform::tenancy",
            "platform::web",
            "platform::audit",
            "platform::mail",
            "platform::files",
            "platform::jobs",
            "platform::documents",
            "platform::abuse"
        })
@NullMarked
package de.rathaus.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

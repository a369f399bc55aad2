/**
 * The citizen's service account (Servicekonto): my applications, the mailbox (Postfach), the
 * document safe, consents and GDPR self-service.
 *
 * <p>Part of the module skeleton (ARCHITECTURE.md); the capability is built by its own issue, which
 * also declares the module's dependencies here.
 */
@ApplicationModule(
        displayName = "Account",
        allowedDependencies = {})
@NullMarked
package de.rathaus.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

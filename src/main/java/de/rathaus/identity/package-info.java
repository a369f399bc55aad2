/**
 * Who someone is and what they may do: citizen and staff accounts of one town, signing in and
 * out (password, second factor, the town's directory or OIDC provider), roles and trust levels,
 * and the security configuration of the whole application.
 *
 * <p>Other modules ask {@link de.rathaus.identity.CurrentAccount} who is signed in, contribute
 * entries to the staff start page as {@link de.rathaus.identity.StaffLink} beans, sections to the
 * account page as {@link de.rathaus.identity.AccountSection} beans, and react to {@link
 * de.rathaus.identity.AccountDeleted}.
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {
            "platform::tenancy",
            "platform::web",
            "platform::audit",
            "platform::mail",
            "platform::files"
        })
@NullMarked
package de.rathaus.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Who someone is and what they may do: citizen and staff accounts of one town, signing in and
 * out (password, second factor, the town's directory or OIDC provider), roles and trust levels,
 * and the security configuration of the whole application.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"platform::tenancy", "platform::web"})
@NullMarked
package de.rathaus.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

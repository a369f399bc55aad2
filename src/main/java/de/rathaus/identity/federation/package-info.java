/**
 * Citizens sign in with an identity provider the town trusts (OpenID Connect, e.g. BundID through
 * an OIDC bridge or a state's service account): the provider vouches for the person, Rathaus finds
 * or creates the town's account for them. Internal to the identity module.
 */
@NullMarked
package de.rathaus.identity.federation;

import org.jspecify.annotations.NullMarked;

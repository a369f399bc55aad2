/**
 * Signing in: password check with lock-out, the second factor (TOTP), the signed-in principal and
 * its binding to the town whose host it signed in on. Internal to the identity module.
 */
@NullMarked
package de.rathaus.identity.login;

import org.jspecify.annotations.NullMarked;

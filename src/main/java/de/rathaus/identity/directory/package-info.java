/**
 * Staff sign in with the user name and password of the town's directory (LDAP, Active Directory):
 * the directory checks the password, says who the person is and, where configured, which roles its
 * groups give them; Rathaus keeps the account, the second factor and the audit trail. Internal to
 * the identity module.
 */
@NullMarked
package de.rathaus.identity.directory;

import org.jspecify.annotations.NullMarked;

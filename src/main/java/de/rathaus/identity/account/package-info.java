/**
 * Accounts and their life: registration with e-mail confirmation, passwords, single-use e-mail
 * links, roles, deletion. Internal to the identity module.
 */
@NullMarked
package de.rathaus.identity.account;

import org.jspecify.annotations.NullMarked;

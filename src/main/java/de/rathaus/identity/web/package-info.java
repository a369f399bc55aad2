/** The identity pages: sign in, register, reset a password, the account page, staff and operator administration. */
@NullMarked
package de.rathaus.identity.web;

import org.jspecify.annotations.NullMarked;

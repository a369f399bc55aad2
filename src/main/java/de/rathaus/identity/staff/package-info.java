/**
 * Staff accounts: administration by the town's admin, the first accounts of a new installation and
 * the demo accounts. Internal to the identity module.
 */
@NullMarked
package de.rathaus.identity.staff;

import org.jspecify.annotations.NullMarked;

/**
 * "Meine Anträge" in the citizen's account: the drafts to continue or delete, and what was sent,
 * with the reference number, the fee's state and the receipt.
 */
@NullMarked
package de.rathaus.forms.account;

import org.jspecify.annotations.NullMarked;

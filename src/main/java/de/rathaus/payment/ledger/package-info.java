/**
 * Rathaus's own record of payment transactions (one row per payment, whatever the provider), and
 * the rules of its status: a final status (paid, failed, cancelled) never changes again.
 */
@NullMarked
package de.rathaus.payment.ledger;

import org.jspecify.annotations.NullMarked;

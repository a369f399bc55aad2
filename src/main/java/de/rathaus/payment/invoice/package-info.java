/**
 * Paying by invoice (Rechnung): the citizen pays later under a Kassenzeichen, which the town's
 * accounting system hands out through {@link de.rathaus.payment.KassenzeichenSource} (by default
 * Rathaus numbers them itself). The receivable stays open until the cash office books the money.
 */
@NullMarked
package de.rathaus.payment.invoice;

import org.jspecify.annotations.NullMarked;

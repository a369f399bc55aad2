package de.rathaus.payment;

import de.rathaus.platform.tenancy.TenantId;

/**
 * The small interface to the town's accounting system (Kassenverfahren): it hands out the
 * Kassenzeichen under which the cash office books an invoice. Rathaus numbers them itself unless an
 * installation declares its own bean of this type.
 */
public interface KassenzeichenSource {

    /** A new Kassenzeichen for this payment of the given town, never handed out before. */
    String next(TenantId tenant, PaymentRequest request);
}

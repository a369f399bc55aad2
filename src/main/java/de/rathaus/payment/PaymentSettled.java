package de.rathaus.payment;

import de.rathaus.platform.tenancy.TenantId;
import java.util.UUID;

/**
 * A payment reached its final status: paid, failed or cancelled. Published once per payment, in
 * the transaction that stored the status, so a listener (e.g. forms marking an application paid
 * when the cash office books an invoice) never misses it.
 *
 * @param requestId the caller's id of the attempt, as given to {@link Payments#start}
 * @param reference the caller's reference, as given to {@link Payments#start}
 */
public record PaymentSettled(
        TenantId tenantId, UUID paymentId, String requestId, String reference, String provider, PaymentStatus status) {}

package de.rathaus.payment;

import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment transaction as Rathaus keeps it.
 *
 * @param id Rathaus's id of the transaction
 * @param provider the provider's id, e.g. {@code testkasse}, {@code rechnung}
 * @param status as last verified with the provider
 * @param redirect where to send the citizen to pay ({@code null} when nothing is to be done there,
 *     as with an invoice)
 * @param kassenzeichen the cash office's reference, where the provider gives one
 */
public record Payment(
        UUID id,
        String requestId,
        String provider,
        BigDecimal amount,
        String purpose,
        PaymentStatus status,
        @Nullable URI redirect,
        @Nullable String kassenzeichen) {}

package de.rathaus.payment;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * What a provider answers when it creates a transaction.
 *
 * @param providerTxId the provider's id of the transaction, used to ask for its status later
 * @param status its status right after creation (usually {@link PaymentStatus#INITIAL})
 * @param redirectUrl where to send the citizen to pay; {@code null} when nothing is to be done there
 * @param kassenzeichen the cash office's reference, where the provider gives one
 */
public record ProviderTransaction(
        String providerTxId,
        PaymentStatus status,
        @Nullable URI redirectUrl,
        @Nullable String kassenzeichen) {}

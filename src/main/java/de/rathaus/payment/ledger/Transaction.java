package de.rathaus.payment.ledger;

import de.rathaus.payment.Payment;
import de.rathaus.payment.PaymentStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One stored payment transaction of the current town.
 *
 * @param providerTxId {@code null} until the provider has created its side of the transaction
 * @param redirectUrl where the provider wants the citizen to go to pay, if anywhere
 */
public record Transaction(
        UUID id,
        String requestId,
        String provider,
        @Nullable String providerTxId,
        BigDecimal amount,
        String purpose,
        String reference,
        URI returnUrl,
        @Nullable URI redirectUrl,
        PaymentStatus status,
        @Nullable String kassenzeichen,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant paidAt) {

    public boolean isFinal() {
        return status != PaymentStatus.INITIAL;
    }

    /** As other modules see it: the way to the payment page only while there is something to pay there. */
    public Payment toPayment() {
        return new Payment(
                id, requestId, provider, amount, purpose, status, isFinal() ? null : redirectUrl, kassenzeichen);
    }
}

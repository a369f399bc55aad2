package de.rathaus.payment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What other modules ask of payment: which methods the current town offers, starting a payment,
 * and its status verified with the provider (never taken from the citizen's browser).
 */
@Service
public class Payments {

    /** The methods the current town offers (the test cash desk only in demo mode). */
    public List<PaymentMethod> methods() {
        throw new UnsupportedOperationException("contract: implemented by the payment helper");
    }

    /**
     * Starts a payment with the provider. The same request id again returns the transaction already
     * started (idempotent).
     *
     * @throws IllegalArgumentException for an unknown or unavailable provider or a bad amount
     */
    public Payment start(String provider, PaymentRequest request) {
        throw new UnsupportedOperationException("contract: implemented by the payment helper");
    }

    /**
     * The payment's status asked afresh from the provider and stored; calling it again (a reloaded
     * return page) changes nothing once the status is final.
     */
    public Optional<Payment> verify(UUID paymentId) {
        throw new UnsupportedOperationException("contract: implemented by the payment helper");
    }

    /**
     * A payment method as citizens choose it.
     *
     * @param id the provider's id
     * @param labelKey message key of its name, e.g. "Online bezahlen (Testkasse)"
     * @param payLater whether the citizen pays later (an invoice): the application is sent with the
     *     payment open
     */
    public record PaymentMethod(String id, String labelKey, boolean payLater) {}
}

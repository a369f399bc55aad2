package de.rathaus.payment.testkasse;

import de.rathaus.payment.PaymentStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;

/** One payment on the test cash desk's page, with the outcome the visitor chose there. */
public record TestkasseSession(UUID id, BigDecimal amount, String purpose, URI returnUrl, PaymentStatus status) {

    public boolean decided() {
        return status != PaymentStatus.INITIAL;
    }
}

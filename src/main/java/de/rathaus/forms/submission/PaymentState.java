package de.rathaus.forms.submission;

import java.math.BigDecimal;
import java.util.UUID;

/** How the fee of a submission stands when it is sent. */
public sealed interface PaymentState {

    /** The application is free. */
    record NoFee() implements PaymentState {}

    /** Paid: the payment provider confirmed it, checked server-side. */
    record Paid(BigDecimal amount, UUID paymentId, String provider) implements PaymentState {}

    /** To be paid later by invoice under a Kassenzeichen (an open receivable). */
    record Invoiced(BigDecimal amount, UUID paymentId, String kassenzeichen) implements PaymentState {}
}

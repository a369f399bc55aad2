/**
 * Paying fees online: what is owed, payment providers, transactions and reconciliation with the
 * town's cash office (ePayment, Kassenzeichen).
 *
 * <p>The module's API: {@link de.rathaus.payment.Payments} (start and verify payments), the {@link
 * de.rathaus.payment.PaymentProvider} SPI and {@link de.rathaus.payment.KassenzeichenSource}, and
 * the event {@link de.rathaus.payment.PaymentSettled}. Inside: {@code ledger} (Rathaus's record of
 * every transaction), {@code testkasse} (the simulated payment page, demo mode only), {@code invoice}
 * (pay later under a Kassenzeichen) and {@code staff} (the town admin's list, booking and export).
 */
@ApplicationModule(
        displayName = "Payment",
        allowedDependencies = {"identity", "platform::tenancy", "platform::web", "platform::audit"})
@NullMarked
package de.rathaus.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

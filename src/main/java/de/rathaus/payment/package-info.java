/**
 * Paying fees online: what is owed, payment providers, transactions and reconciliation with the
 * town's cash office (ePayment, Kassenzeichen).
 *
 * <p>The module's API: {@link de.rathaus.payment.Payments} (start and verify payments), the {@link
 * de.rathaus.payment.PaymentProvider} SPI and {@link de.rathaus.payment.KassenzeichenSource}.
 */
@ApplicationModule(
        displayName = "Payment",
        allowedDependencies = {"identity", "platform::tenancy", "platform::web", "platform::audit"})
@NullMarked
package de.rathaus.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

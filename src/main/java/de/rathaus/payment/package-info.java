/**
 * Paying fees online: what is owed, payment providers, transactions and reconciliation with the
 * town's cash office (ePayment, Kassenzeichen).
 *
 * <p>Part of the module skeleton (ARCHITECTURE.md); the capability is built by its own issue, which
 * also declares the module's dependencies here.
 */
@ApplicationModule(
        displayName = "Payment",
        allowedDependencies = {})
@NullMarked
package de.rathaus.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

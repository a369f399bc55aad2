/**
 * The test cash desk (Testkasse): a simulated payment page inside Rathaus for demos and tests, where
 * the visitor decides whether the payment succeeds, fails or is cancelled. No money moves. It works
 * only while the installation runs in demo mode; elsewhere it is neither offered nor reachable.
 */
@NullMarked
package de.rathaus.payment.testkasse;

import org.jspecify.annotations.NullMarked;

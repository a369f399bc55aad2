package de.rathaus.payment;

import java.math.BigDecimal;
import java.net.URI;

/**
 * A payment to start (shaped like an XBezahldienste "paymentRequest").
 *
 * @param requestId the caller's id for this attempt; the same id twice starts one transaction
 * @param amount in euros, more than zero, at most two decimals
 * @param purpose Verwendungszweck shown to the citizen and the cash office, e.g. "Anwohnerparkausweis"
 * @param reference the caller's reference (e.g. the draft or application) for reconciliation
 * @param returnUrl where the citizen is sent back after paying, failing or cancelling (absolute)
 */
public record PaymentRequest(String requestId, BigDecimal amount, String purpose, String reference, URI returnUrl) {}

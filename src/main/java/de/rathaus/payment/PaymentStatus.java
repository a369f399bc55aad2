package de.rathaus.payment;

/** The status of a payment as XBezahldienste names it. */
public enum PaymentStatus {
    /** Started, not (yet) paid; for an invoice: open until the cash office books the money. */
    INITIAL,
    PAYED,
    FAILED,
    CANCELED
}

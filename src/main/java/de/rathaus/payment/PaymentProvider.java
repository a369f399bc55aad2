package de.rathaus.payment;

/**
 * A payment provider (Bezahldienst) as XBezahldienste shapes it: Rathaus creates a transaction
 * with it, may send the citizen to its page, and later asks it for the status on the server side.
 * A town's own ePayment platform or accounting system plugs in as a bean of this type.
 */
public interface PaymentProvider {

    /** The provider's id, stored with every transaction, e.g. {@code testkasse}; keep it stable. */
    String id();

    /** Message key of the name citizens choose, e.g. "Online bezahlen (Testkasse)". */
    String labelKey();

    /** Whether the citizen pays later (an invoice): the application is sent with the payment open. */
    boolean payLater();

    /** Whether the current town may use this provider now. */
    boolean available();

    /**
     * Creates the transaction with the provider, for the current town. Called after Rathaus has
     * stored its own transaction row, so a provider that fails leaves a row that can be retried.
     */
    ProviderTransaction create(PaymentRequest request);

    /** The status as the provider knows it now (server to server, never from the browser). */
    PaymentStatus status(String providerTxId);
}

package de.rathaus.payment.invoice;

import de.rathaus.payment.KassenzeichenSource;
import de.rathaus.payment.PaymentProvider;
import de.rathaus.payment.PaymentRequest;
import de.rathaus.payment.PaymentStatus;
import de.rathaus.payment.ProviderTransaction;
import de.rathaus.payment.ledger.Transaction;
import de.rathaus.payment.ledger.Transactions;
import de.rathaus.platform.tenancy.CurrentTenant;
import org.springframework.stereotype.Component;

/**
 * Pay later by invoice. The transaction is the open receivable under its Kassenzeichen; it stays
 * {@code INITIAL} until the cash office books the money (staff mark it paid in Rathaus), which is
 * what {@link #status} reports.
 */
@Component
class Rechnung implements PaymentProvider {

    static final String ID = Receivables.PROVIDER;

    private final KassenzeichenSource kassenzeichen;
    private final Transactions transactions;

    Rechnung(KassenzeichenSource kassenzeichen, Transactions transactions) {
        this.kassenzeichen = kassenzeichen;
        this.transactions = transactions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "payment.method.rechnung";
    }

    @Override
    public boolean payLater() {
        return true;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public ProviderTransaction create(PaymentRequest request) {
        String number = kassenzeichen.next(CurrentTenant.id(), request);
        return new ProviderTransaction(number, PaymentStatus.INITIAL, null, number);
    }

    @Override
    public PaymentStatus status(String providerTxId) {
        return transactions
                .byProviderTxId(ID, providerTxId)
                .map(Transaction::status)
                .orElse(PaymentStatus.INITIAL);
    }
}

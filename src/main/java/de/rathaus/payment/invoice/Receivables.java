package de.rathaus.payment.invoice;

import de.rathaus.payment.PaymentStatus;
import de.rathaus.payment.ledger.Euros;
import de.rathaus.payment.ledger.Settlements;
import de.rathaus.payment.ledger.Transaction;
import de.rathaus.payment.ledger.Transactions;
import de.rathaus.platform.audit.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cash office's side of invoices: the open receivables, booking one as paid, and the export for
 * the accounting system. Every booking and every export is in the audit log.
 */
@Service
@Transactional
public class Receivables {

    /** The provider id of payments by invoice. */
    public static final String PROVIDER = "rechnung";

    private final Transactions transactions;
    private final Settlements settlements;
    private final AuditLog audit;

    Receivables(Transactions transactions, Settlements settlements, AuditLog audit) {
        this.transactions = transactions;
        this.settlements = settlements;
        this.audit = audit;
    }

    /**
     * Books the money of a receivable as received. Booking one already paid changes nothing.
     *
     * @return the receivable as it is now; empty if the town has no such receivable
     */
    public Optional<Transaction> book(UUID paymentId) {
        Optional<Transaction> receivable =
                transactions.find(paymentId).filter(t -> t.provider().equals(PROVIDER));
        if (receivable.isEmpty()) {
            return receivable;
        }
        Transaction open = receivable.get();
        Settlements.Outcome booked = settlements.settle(open, PaymentStatus.PAYED);
        if (booked.changed()) {
            audit.record(
                    "payment.receivable.booked",
                    "payment",
                    open.id().toString(),
                    Map.of(
                            "kassenzeichen", String.valueOf(open.kassenzeichen()),
                            "amount", Euros.plainGerman(open.amount())));
        }
        return Optional.of(booked.transaction());
    }

    /** The receivables for the accounting system, oldest first, all or only the open ones. */
    public List<Transaction> export(boolean openOnly) {
        List<Transaction> receivables = transactions.ofProvider(PROVIDER, openOnly);
        audit.record(
                "payment.receivables.exported",
                "payment",
                null,
                Map.of("openOnly", String.valueOf(openOnly), "count", String.valueOf(receivables.size())));
        return receivables;
    }
}

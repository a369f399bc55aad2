package de.rathaus.payment.ledger;

import de.rathaus.payment.PaymentSettled;
import de.rathaus.payment.PaymentStatus;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an open transaction to its final status and tells the other modules, in one database
 * transaction: the status and the event publication are stored together or not at all.
 */
@Service
public class Settlements {

    private final Transactions transactions;
    private final ApplicationEventPublisher events;

    Settlements(Transactions transactions, ApplicationEventPublisher events) {
        this.transactions = transactions;
        this.events = events;
    }

    /**
     * Settles the transaction with the given status if it is still open.
     *
     * @return the transaction as it is now, with whether this call changed it
     */
    @Transactional
    public Outcome settle(Transaction open, PaymentStatus status) {
        boolean changed = transactions.settle(open.id(), status);
        if (changed) {
            events.publishEvent(new PaymentSettled(
                    CurrentTenant.id(), open.id(), open.requestId(), open.reference(), open.provider(), status));
        }
        Optional<Transaction> now = transactions.find(open.id());
        return new Outcome(now.orElseThrow(), changed);
    }

    /** A settled transaction and whether this settlement changed it. */
    public record Outcome(Transaction transaction, boolean changed) {}
}

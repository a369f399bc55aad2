package de.rathaus.forms.receipt;

import de.rathaus.forms.ApplicationSubmitted;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenants;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Makes the receipt once a submission has committed, on its own thread: the citizen's request is
 * not held up by the PDF, and a failure leaves the event in Modulith's publication registry to be
 * delivered again.
 */
@Component
class ReceiptListener {

    private final Tenants tenants;
    private final ReceiptMaker maker;

    ReceiptListener(Tenants tenants, ReceiptMaker maker) {
        this.tenants = tenants;
        this.maker = maker;
    }

    // no transaction around the listener: the maker keeps the PDF rendering out of its transaction
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ApplicationSubmitted event) {
        var town = tenants.byId(event.tenantId())
                .orElseThrow(() -> new IllegalStateException("The town " + event.tenantId() + " does not exist"));
        CurrentTenant.runAs(town, () -> maker.make(event.submissionId()));
    }
}

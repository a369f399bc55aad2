package de.rathaus.catalog.web;

import de.rathaus.catalog.ServiceAction;
import de.rathaus.catalog.ServiceActionProvider;
import de.rathaus.catalog.ServiceSummary;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Stands in for the forms and appointments modules: offers both next steps, booking listed first
 * on purpose, but only for one test service, so no other page shows them.
 */
@Component
class TestServiceActions implements ServiceActionProvider {

    static final String SLUG = "sondernutzung-aktionstest";

    @Override
    public List<ServiceAction> actionsFor(ServiceSummary service) {
        if (!service.slug().equals(SLUG)) {
            return List.of();
        }
        return List.of(
                new ServiceAction(
                        ServiceAction.Kind.BOOK_APPOINTMENT, "/termine/" + SLUG, "pages.action.bookAppointment"),
                new ServiceAction(ServiceAction.Kind.APPLY_ONLINE, "/antrag/" + SLUG, "pages.action.applyOnline"));
    }
}

package de.rathaus.catalog;

import java.util.List;

/**
 * Implemented by modules that let citizens do something about a service (apply online, book an
 * appointment). The service page asks every provider and shows their steps above the contact
 * details; the catalogue itself knows nothing of forms or appointments.
 */
public interface ServiceActionProvider {

    List<ServiceAction> actionsFor(ServiceSummary service);
}

package de.rathaus.forms.library;

import de.rathaus.catalog.ServiceAction;
import de.rathaus.catalog.ServiceActionProvider;
import de.rathaus.catalog.ServiceSummary;
import java.util.List;
import org.springframework.stereotype.Component;

/** "Online beantragen" on a service page, for each published form of the service. */
@Component
class FormActions implements ServiceActionProvider {

    private final FormLibrary library;

    FormActions(FormLibrary library) {
        this.library = library;
    }

    @Override
    public List<ServiceAction> actionsFor(ServiceSummary service) {
        return library.forService(service.id()).stream()
                .map(form -> new ServiceAction(
                        ServiceAction.Kind.APPLY_ONLINE, "/antrag/" + form.key(), "forms.action.apply-online"))
                .toList();
    }
}

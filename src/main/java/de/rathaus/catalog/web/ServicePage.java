package de.rathaus.catalog.web;

import de.rathaus.catalog.ServiceAction;
import de.rathaus.catalog.model.ServiceContent;
import de.rathaus.catalog.store.LifeSituation;
import de.rathaus.catalog.store.OfficeProfile;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the start page of a service shows, worked out before rendering.
 *
 * @param texts the text modules by field name (description, requirements, ...), parsed
 * @param office the town's responsible office, if the service names one
 * @param contact whom to contact: the authority outside the town, else the office, else the town
 * @param actions next steps from other modules, applying online before booking an appointment
 * @param jsonLd schema.org GovernmentService, already safe inside a script element
 */
record ServicePage(
        String slug,
        ServiceContent content,
        Map<String, Text> texts,
        List<Fees.FeeLine> fees,
        List<LifeSituation> lifeSituations,
        @Nullable OfficeProfile office,
        OpeningHoursTable officeHours,
        Contact contact,
        List<FaqView> faqs,
        List<ServiceAction> actions,
        String jsonLd) {

    /** A question and its answer, with the answer's paragraphs and lists. */
    record FaqView(String slug, String question, Text answer) {}

    public boolean hasText(String field) {
        Text text = texts.get(field);
        return text != null && !text.isEmpty();
    }

    public Text text(String field) {
        return texts.getOrDefault(field, new Text(List.of()));
    }
}

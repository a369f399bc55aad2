package de.rathaus.catalog.assistant;

import de.rathaus.catalog.ServiceAction;
import de.rathaus.catalog.model.ExternalAuthority;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the assistant answers to one question. Every fact in it comes from the catalogue. */
sealed interface Answer {

    /** The matching services, best first, at most three. */
    List<ServiceLink> services();

    /**
     * A service answers the question.
     *
     * @param faq the town's answer to a frequently asked question that matches, if one does
     * @param phrased the answer as an AI put it into words from the facts, if one is configured
     */
    record Found(
            ServiceFacts service,
            @Nullable FaqFacts faq,
            List<ServiceLink> services,
            List<ServiceAction> actions,
            @Nullable ExternalAuthority authority,
            @Nullable OfficeContact office,
            @Nullable String phrased)
            implements Answer {

        Found withPhrased(String text) {
            return new Found(service, faq, services, actions, authority, office, text);
        }
    }

    /** The question fits several services of different kinds: the citizen chooses. */
    record FollowUp(List<Choice> choices, List<ServiceLink> services) implements Answer {}

    /** Nothing in the catalogue fits well: say so and offer the town's contact. */
    record NotKnown(String town, String phone, String email) implements Answer {

        @Override
        public List<ServiceLink> services() {
            return List.of();
        }
    }

    /** A service to link to, {@code /leistungen/{slug}}. */
    record ServiceLink(String slug, String name, String teaser) {}

    /** A choice offered in a follow-up question: a service or a life situation. */
    record Choice(String value, String label) {}

    /** A frequently asked question and the town's answer to it. */
    record FaqFacts(String question, String answer) {}

    /** The office responsible for a service, with how to reach it. */
    record OfficeContact(
            String slug,
            String name,
            @Nullable String phone,
            @Nullable String email) {}

    /**
     * What the citizen needs to know about the service first.
     *
     * @param fees the costs, each as a line ready to show ("Personalausweis ab 24 Jahren: 37,00 €")
     */
    record ServiceFacts(
            String slug,
            String name,
            String teaser,
            boolean inPerson,
            List<String> documents,
            List<String> fees,
            String processingTime) {}
}

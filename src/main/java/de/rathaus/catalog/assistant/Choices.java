package de.rathaus.catalog.assistant;

import de.rathaus.catalog.assistant.Answer.Choice;

/** How a choice in a follow-up question is written in the form: the kind, a colon, the slug. */
final class Choices {

    static final String SERVICE = "leistung:";
    static final String LIFE_SITUATION = "lebenslage:";

    private Choices() {}

    static Choice service(String slug, String name) {
        return new Choice(SERVICE + slug, name);
    }

    static Choice lifeSituation(String slug, String name) {
        return new Choice(LIFE_SITUATION + slug, name);
    }
}

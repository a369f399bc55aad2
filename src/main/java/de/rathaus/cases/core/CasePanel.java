package de.rathaus.cases.core;

import de.rathaus.identity.SignedInAccount;
import java.util.Map;

/**
 * A part of the staff case page that another part of the module contributes (decision, requests to
 * the citizen, forwarding), so the case page does not need to know them. The page renders every
 * panel bean that {@link #appliesTo} the case and the staff member, by {@link #order()}; the fragment
 * reads what {@link #model} returns as {@code panel} and the case as {@code caseRecord}.
 */
public interface CasePanel {

    /** Smaller numbers come first. */
    int order();

    /** The template fragment, e.g. {@code "cases/decision/panel :: panel"}. */
    String fragment();

    default boolean appliesTo(CaseRecord caseRecord, SignedInAccount staff) {
        return true;
    }

    /** What the fragment shows; called once per request. */
    Map<String, Object> model(CaseRecord caseRecord);
}

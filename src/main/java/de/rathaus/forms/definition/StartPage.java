package de.rathaus.forms.definition;

import java.util.List;

/**
 * The start page of a form (GOV.UK "start page"): what the application is for, what the citizen
 * needs at hand, and how long it takes.
 *
 * @param intro one or two short paragraphs (plain text, paragraphs separated by blank lines)
 * @param youNeed what to have at hand, one item each ("Die Chipnummer Ihres Hundes")
 * @param duration e.g. "etwa 10 Minuten"
 */
public record StartPage(String intro, List<String> youNeed, String duration) {

    public StartPage {
        youNeed = youNeed == null ? List.of() : List.copyOf(youNeed);
    }
}

package de.rathaus.catalog.model;

import java.util.List;

/**
 * One version of a frequently asked question.
 *
 * @param services slugs of the services it is about
 */
public record FaqContent(String question, String answer, List<String> keywords, List<String> services) {

    public FaqContent {
        question = Values.text(question);
        answer = Values.text(answer);
        keywords = Values.list(keywords);
        services = Values.list(services);
    }
}

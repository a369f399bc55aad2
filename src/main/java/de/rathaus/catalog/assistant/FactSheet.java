package de.rathaus.catalog.assistant;

import java.util.ArrayList;
import java.util.List;

/** The facts of an answer as plain German lines: what the model may use, and nothing else. */
final class FactSheet {

    private FactSheet() {}

    static String of(Answer.Found answer) {
        List<String> lines = new ArrayList<>();
        var service = answer.service();
        lines.add("Leistung: " + service.name());
        if (!service.teaser().isEmpty()) {
            lines.add("Kurz: " + service.teaser());
        }
        if (answer.faq() != null) {
            lines.add("Häufige Frage: " + answer.faq().question());
            lines.add("Antwort der Stadt: " + answer.faq().answer());
        }
        lines.add(service.inPerson() ? "Persönlich vorsprechen: ja" : "Persönlich vorsprechen: nicht nötig");
        service.documents().forEach(document -> lines.add("Unterlage: " + document));
        service.fees().forEach(fee -> lines.add("Kosten: " + fee));
        if (!service.processingTime().isEmpty()) {
            lines.add("Bearbeitungsdauer: " + service.processingTime());
        }
        if (answer.authority() != null) {
            lines.add("Zuständig außerhalb der Stadt: " + answer.authority().name());
        }
        if (answer.office() != null) {
            lines.add("Zuständiges Amt: " + answer.office().name());
        }
        return String.join("\n", lines);
    }
}

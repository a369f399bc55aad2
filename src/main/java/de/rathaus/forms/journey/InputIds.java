package de.rathaus.forms.journey;

import de.rathaus.forms.definition.Field;
import de.rathaus.forms.definition.FieldType;
import de.rathaus.forms.definition.FormDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The ids (and names) of inputs, derived from the JSON Pointer of the answer: {@code /kinder/0/vorname}
 * is the input {@code feld-kinder-0-vorname}. Parts of an answer get a suffix: the postcode of an
 * address {@code /wohnort/postcode} is {@code feld-wohnort-postcode}; a date's day is the date's own id,
 * its month and year {@code -monat} and {@code -jahr}.
 */
final class InputIds {

    private InputIds() {}

    static String of(String path) {
        return "feld" + path.replace('/', '-');
    }

    /** Where an error summary link for this path leads: the first input of the answer. */
    static String anchor(FormDefinition form, String path) {
        return field(form.fields(), path.substring(1).split("/"), 0)
                .filter(field -> field.type() == FieldType.ADDRESS && !path.matches(".*/(street|postcode|city)$"))
                .map(address -> of(path) + "-street")
                .orElseGet(() -> of(path));
    }

    private static Optional<Field> field(List<Field> fields, String[] segments, int index) {
        if (index >= segments.length) {
            return Optional.empty();
        }
        Optional<Field> field = fields.stream()
                .filter(candidate -> candidate.id().equals(segments[index]))
                .findFirst();
        if (field.isPresent() && field.get().type() == FieldType.GROUP && index + 2 < segments.length) {
            return field(field.get().fields(), segments, index + 2);
        }
        return index == segments.length - 1 ? field : Optional.empty();
    }
}

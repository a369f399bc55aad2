package de.rathaus.forms.journey;

import de.rathaus.forms.definition.Field;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One field as a question page shows it: what the citizen answered (as typed), its errors, and for
 * a group its entries. Built by {@link FieldViews}; rendered by {@code forms/journey/fields :: field}.
 *
 * @param path the JSON Pointer of the answer, e.g. {@code /kinder/0/vorname}
 * @param id the input's id and name, e.g. {@code feld-kinder-0-vorname}
 * @param value the answer as text (a number German style, "ja"/"nein" for yes or no)
 * @param values the chosen options of a CHECKBOX field
 * @param parts the parts of a DATE (tag, monat, jahr) or ADDRESS (street, postcode, city)
 * @param errors the messages to show at the field
 * @param entries the entries of a GROUP
 * @param file the stored upload of a FILE field
 * @param autocomplete the input purpose (WCAG 1.3.5), or {@code null}
 */
public record FieldView(
        Field field,
        String path,
        String id,
        String value,
        List<String> values,
        Map<String, String> parts,
        List<String> errors,
        List<Entry> entries,
        @Nullable Upload file,
        @Nullable String autocomplete) {

    /** One entry of a group: its number (from 1) and its fields. */
    public record Entry(int number, String path, List<FieldView> fields) {}

    /** A stored upload: its name and size as shown ("foto.jpg", "1,2 MB"). */
    public record Upload(String name, String size) {}

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String type() {
        return field.type().name();
    }

    /** The ids of the hint and error texts, for {@code aria-describedby}. */
    public @Nullable String describedBy() {
        String hint = field.hint() == null ? null : id + "-hint";
        String error = errors.isEmpty() ? null : id + "-error";
        if (hint == null) {
            return error;
        }
        return error == null ? hint : hint + " " + error;
    }

    /** The media types a FILE field takes, for the input's {@code accept}. */
    public String accept() {
        return String.join(
                ",",
                field.rules().accept().isEmpty()
                        ? AnswerReader.DEFAULT_FILE_TYPES
                        : field.rules().accept());
    }

    public String part(String name) {
        return parts.getOrDefault(name, "");
    }

    public boolean chosen(String option) {
        return values.contains(option) || value.equals(option);
    }
}

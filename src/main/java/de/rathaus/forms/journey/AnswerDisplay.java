package de.rathaus.forms.journey;

import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.definition.Field;
import de.rathaus.forms.definition.FormPage;
import de.rathaus.forms.definition.FormRules;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Answers as "check your answers" lists them: one row per answer, written out for people. */
@Component
class AnswerDisplay {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    AnswerDisplay(MessageSource messages) {
        this.messages = messages;
    }

    /** One row: the question, the answer, and the input the "Ändern" link leads to. */
    record Row(String label, String value, String anchor) {}

    /** The rows of one page's visible fields (group entries as rows of their own). */
    List<Row> rows(FormPage page, Answers answers, Locale locale) {
        var rows = new ArrayList<Row>();
        for (Field field : FormRules.visibleFields(page, answers)) {
            String path = "/" + field.id();
            JsonNode value = answers.get(field.id());
            if (field.type() == de.rathaus.forms.definition.FieldType.GROUP) {
                groupRows(field, path, value, locale, rows);
            } else {
                rows.add(new Row(field.label(), text(field, value, locale), InputIds.of(path) + suffix(field)));
            }
        }
        return rows;
    }

    private void groupRows(Field group, String path, @Nullable JsonNode value, Locale locale, List<Row> rows) {
        if (value == null || !value.isArray() || value.isEmpty()) {
            rows.add(new Row(group.label(), none(locale), InputIds.of(path)));
            return;
        }
        for (int index = 0; index < value.size(); index++) {
            JsonNode entry = value.get(index);
            for (Field field : group.fields()) {
                String fieldPath = path + "/" + index + "/" + field.id();
                rows.add(new Row(
                        group.label() + " " + (index + 1) + ": " + field.label(),
                        text(field, entry.get(field.id()), locale),
                        InputIds.of(fieldPath) + suffix(field)));
            }
        }
    }

    private static String suffix(Field field) {
        return field.type() == de.rathaus.forms.definition.FieldType.ADDRESS ? "-street" : "";
    }

    String text(Field field, @Nullable JsonNode value, Locale locale) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return none(locale);
        }
        return switch (field.type()) {
            case MONEY -> value.isNumber() ? money(value.decimalValue()) : value.asString("");
            case NUMBER -> value.isNumber() ? FieldViews.numberText(value.decimalValue()) : value.asString("");
            case DATE -> date(value.asString(""));
            case SELECT, RADIO -> optionLabel(field, value.asString(""));
            case CHECKBOX -> {
                var labels = new ArrayList<String>();
                value.forEach(item -> labels.add(optionLabel(field, item.asString(""))));
                yield String.join(", ", labels);
            }
            case YES_NO -> messages.getMessage(value.asBoolean() ? "journey.yes" : "journey.no", null, locale);
            case ADDRESS ->
                (value.path("street").asString("") + ", "
                                + value.path("postcode").asString("") + " "
                                + value.path("city").asString(""))
                        .strip();
            case FILE -> value.path("name").asString("");
            case GROUP -> value.size() + "";
            default -> value.asString("");
        };
    }

    private String none(Locale locale) {
        return messages.getMessage("journey.check.none", null, locale);
    }

    private static String optionLabel(Field field, String value) {
        return field.options().stream()
                .filter(option -> option.value().equals(value))
                .map(Field.Option::label)
                .findFirst()
                .orElse(value);
    }

    private static String date(String iso) {
        try {
            return LocalDate.parse(iso).format(GERMAN_DATE);
        } catch (DateTimeParseException notIso) {
            return iso;
        }
    }

    /** An amount German style: "1.234,50 €". */
    static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " €";
    }
}

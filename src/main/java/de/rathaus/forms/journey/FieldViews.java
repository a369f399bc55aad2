package de.rathaus.forms.journey;

import de.rathaus.forms.definition.Field;
import de.rathaus.forms.definition.FieldType;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds what a question page shows from the answers: values as the citizen typed them (or German
 * style for what was read), and errors at their fields. The form editor's preview uses it too, with
 * empty answers.
 */
public final class FieldViews {

    private static final Locale GERMAN = Locale.GERMANY;

    private FieldViews() {}

    /**
     * @param errors messages by JSON Pointer of the answer they belong to
     */
    public static List<FieldView> of(List<Field> fields, ObjectNode answers, Map<String, List<String>> errors) {
        return of(fields, "", answers, errors);
    }

    private static List<FieldView> of(
            List<Field> fields, String parentPath, JsonNode container, Map<String, List<String>> errors) {
        var views = new ArrayList<FieldView>();
        for (Field field : fields) {
            String path = parentPath + "/" + field.id();
            views.add(view(field, path, container.get(field.id()), errors));
        }
        return views;
    }

    private static FieldView view(
            Field field, String path, @Nullable JsonNode answer, Map<String, List<String>> errors) {
        JsonNode value = answer == null || answer.isNull() ? null : answer;
        var parts = new LinkedHashMap<String, String>();
        var values = new ArrayList<String>();
        var entries = new ArrayList<FieldView.Entry>();
        FieldView.Upload upload = null;
        String text = "";
        switch (field.type()) {
            case NUMBER -> text = number(value, false);
            case MONEY -> text = number(value, true);
            case DATE -> parts.putAll(dateParts(value));
            case ADDRESS -> {
                for (String part : List.of("street", "postcode", "city")) {
                    parts.put(part, value == null ? "" : value.path(part).asString(""));
                }
            }
            case CHECKBOX -> {
                if (value != null && value.isArray()) {
                    value.forEach(item -> values.add(item.asString("")));
                }
            }
            case YES_NO -> text = value == null ? "" : value.isBoolean() ? (value.asBoolean() ? "ja" : "nein") : "";
            case FILE -> {
                if (value != null && value.has("name")) {
                    upload = new FieldView.Upload(
                            value.path("name").asString(""),
                            size(value.path("size").asLong(0)));
                }
            }
            case GROUP -> {
                JsonNode items = value != null && value.isArray() ? value : null;
                int count = items == null ? 1 : items.size();
                for (int index = 0; index < count; index++) {
                    JsonNode entry = items == null ? null : items.get(index);
                    String entryPath = path + "/" + index;
                    entries.add(new FieldView.Entry(
                            index + 1,
                            entryPath,
                            of(field.fields(), entryPath, entry == null ? missing() : entry, errors)));
                }
            }
            default -> text = value == null ? "" : value.isValueNode() ? value.asString("") : "";
        }
        return new FieldView(
                field,
                path,
                InputIds.of(path),
                text,
                values,
                parts,
                errorsAt(field, path, errors),
                entries,
                upload,
                autocomplete(field));
    }

    private static JsonNode missing() {
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    /** Errors of the answer itself, and for dates and addresses also those of their parts. */
    private static List<String> errorsAt(Field field, String path, Map<String, List<String>> errors) {
        var found = new ArrayList<String>(errors.getOrDefault(path, List.of()));
        if (field.type() == FieldType.DATE || field.type() == FieldType.ADDRESS) {
            errors.forEach((errorPath, messages) -> {
                if (errorPath.startsWith(path + "/")) {
                    found.addAll(messages);
                }
            });
        }
        return found;
    }

    private static String number(@Nullable JsonNode value, boolean money) {
        if (value == null) {
            return "";
        }
        if (!value.isNumber()) {
            return value.asString("");
        }
        return money ? moneyText(value.decimalValue()) : numberText(value.decimalValue());
    }

    /** A number as a German reads it, without grouping so it can be typed again: "12,5". */
    static String numberText(BigDecimal number) {
        NumberFormat format = NumberFormat.getNumberInstance(GERMAN);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(10);
        return format.format(number);
    }

    private static String moneyText(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(GERMAN);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    private static Map<String, String> dateParts(@Nullable JsonNode value) {
        var parts = new LinkedHashMap<String, String>();
        if (value != null && value.isString() && value.asString().matches("\\d{4}-\\d{2}-\\d{2}")) {
            String[] ymd = value.asString().split("-");
            parts.put("tag", String.valueOf(Integer.parseInt(ymd[2])));
            parts.put("monat", String.valueOf(Integer.parseInt(ymd[1])));
            parts.put("jahr", ymd[0]);
        } else if (value != null && value.isObject()) {
            for (String part : List.of("tag", "monat", "jahr")) {
                parts.put(part, value.path(part).asString(""));
            }
        } else if (value != null && value.isString()) {
            parts.put("tag", value.asString());
        }
        return parts;
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        NumberFormat format = NumberFormat.getNumberInstance(GERMAN);
        format.setMaximumFractionDigits(1);
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** The input purpose for autofill (WCAG 1.3.5), from the prefill, the type or the field's name. */
    static @Nullable String autocomplete(Field field) {
        if (field.prefill() == Field.Prefill.NAME) {
            return "name";
        }
        String id = field.id();
        return switch (field.type()) {
            case EMAIL -> "email";
            case PHONE -> "tel";
            case TEXT -> {
                if (id.equals("vorname") || id.endsWith("-vorname")) {
                    yield "given-name";
                }
                if (id.equals("nachname") || id.endsWith("-nachname") || id.equals("familienname")) {
                    yield "family-name";
                }
                if (id.equals("name") || id.equals("vollstaendiger-name")) {
                    yield "name";
                }
                yield null;
            }
            default -> null;
        };
    }
}

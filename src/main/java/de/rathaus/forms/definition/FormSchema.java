package de.rathaus.forms.definition;

import de.rathaus.platform.files.FileTypes;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of a form's answers, derived from its definition: what API
 * clients validate against before they send. It says everything that holds regardless of the
 * other answers (types, lengths, patterns, options, object shapes); what depends on them is left
 * to {@link FormRules}: fields required only when a condition shows them, and date limits measured
 * from the day of sending.
 */
public final class FormSchema {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    static final String PHONE_PATTERN = "^[0-9 +/()\\-]+$";
    static final String IBAN_PATTERN = "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$";
    static final String POSTCODE_PATTERN = "^[0-9]{5}$";
    private static final long MEGABYTE = 1024L * 1024L;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FormSchema() {}

    public static ObjectNode of(FormDefinition form) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("title", form.title());
        schema.put(
                "description",
                "Antworten auf das Formular „" + form.title() + "“ (" + FormDefinition.FORMAT + ", Schlüssel "
                        + form.key() + "). Pflichtfelder, die nur unter einer Bedingung gefragt werden, und "
                        + "Datumsgrenzen relativ zum Tag des Absendens prüft der Server zusätzlich.");
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (FormPage page : form.pages()) {
            for (Field field : page.fields()) {
                properties.set(field.id(), field(field));
                if (field.required() && field.showIf() == null && page.showIf() == null) {
                    required.add(field.id());
                }
            }
        }
        schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    static ObjectNode field(Field field) {
        ObjectNode schema = NODES.objectNode();
        schema.put("title", field.label());
        if (field.hint() != null) {
            schema.put("description", field.hint());
        }
        Field.Rules rules = field.rules();
        switch (field.type()) {
            case TEXT -> text(schema, field, AnswerCheck.TEXT_MAX_LENGTH);
            case LONG_TEXT -> text(schema, field, AnswerCheck.LONG_TEXT_MAX_LENGTH);
            case NUMBER -> number(schema, rules);
            case MONEY -> {
                number(schema, rules);
                schema.put("multipleOf", new BigDecimal("0.01"));
            }
            case DATE -> schema.put("type", "string").put("format", "date");
            case EMAIL -> schema.put("type", "string").put("format", "email").put("maxLength", 254);
            case PHONE -> schema.put("type", "string").put("pattern", PHONE_PATTERN);
            case IBAN -> schema.put("type", "string").put("pattern", IBAN_PATTERN);
            case SELECT, RADIO -> {
                schema.put("type", "string");
                schema.set("enum", optionValues(field));
            }
            case CHECKBOX -> {
                schema.put("type", "array");
                schema.putObject("items").put("type", "string").set("enum", optionValues(field));
                schema.put("uniqueItems", true);
                if (field.required()) {
                    schema.put("minItems", 1);
                }
            }
            case YES_NO -> schema.put("type", "boolean");
            case ADDRESS -> address(schema);
            case FILE -> file(schema, rules);
            case GROUP -> group(schema, field);
        }
        return schema;
    }

    private static void text(ObjectNode schema, Field field, int defaultMax) {
        Field.Rules rules = field.rules();
        schema.put("type", "string");
        int min = rules.minLength() == null ? 0 : rules.minLength();
        if (field.required()) {
            min = Math.max(min, 1);
        }
        if (min > 0) {
            schema.put("minLength", min);
        }
        schema.put("maxLength", rules.maxLength() == null ? defaultMax : rules.maxLength());
        if (rules.pattern() != null) {
            // JSON Schema patterns match anywhere; the form's pattern must match the whole answer
            schema.put("pattern", "^(?:" + rules.pattern() + ")$");
        }
    }

    private static void number(ObjectNode schema, Field.Rules rules) {
        schema.put("type", "number");
        limit(schema, "minimum", rules.min());
        limit(schema, "maximum", rules.max());
    }

    private static void limit(ObjectNode schema, String keyword, @Nullable BigDecimal value) {
        if (value != null) {
            schema.put(keyword, value);
        }
    }

    private static ArrayNode optionValues(Field field) {
        ArrayNode values = NODES.arrayNode();
        field.options().forEach(option -> values.add(option.value()));
        return values;
    }

    private static void address(ObjectNode schema) {
        schema.put("type", "object");
        ObjectNode parts = schema.putObject("properties");
        parts.putObject("street")
                .put("title", "Straße und Hausnummer")
                .put("type", "string")
                .put("minLength", 1)
                .put("maxLength", AnswerCheck.TEXT_MAX_LENGTH);
        parts.putObject("postcode")
                .put("title", "Postleitzahl")
                .put("type", "string")
                .put("pattern", POSTCODE_PATTERN);
        parts.putObject("city")
                .put("title", "Ort")
                .put("type", "string")
                .put("minLength", 1)
                .put("maxLength", AnswerCheck.TEXT_MAX_LENGTH);
        schema.set("required", NODES.arrayNode().add("street").add("postcode").add("city"));
        schema.put("additionalProperties", false);
    }

    private static void file(ObjectNode schema, Field.Rules rules) {
        List<String> accept = rules.accept().isEmpty() ? List.copyOf(FileTypes.DOCUMENTS_AND_IMAGES) : rules.accept();
        int maxSizeMb = rules.maxSizeMb() == null ? AnswerCheck.FILE_MAX_SIZE_MB : rules.maxSizeMb();
        schema.put("type", "object");
        ObjectNode parts = schema.putObject("properties");
        parts.putObject("file")
                .put("description", "Die Kennung der hochgeladenen Datei")
                .put("type", "string")
                .put("format", "uuid");
        parts.putObject("name").put("type", "string").put("minLength", 1).put("maxLength", 255);
        parts.putObject("size").put("type", "integer").put("minimum", 1).put("maximum", maxSizeMb * MEGABYTE);
        ArrayNode types = NODES.arrayNode();
        accept.stream().sorted().forEach(types::add);
        parts.putObject("type").put("type", "string").set("enum", types);
        schema.set(
                "required",
                NODES.arrayNode().add("file").add("name").add("size").add("type"));
        schema.put("additionalProperties", false);
    }

    private static void group(ObjectNode schema, Field field) {
        Field.Rules rules = field.rules();
        schema.put("type", "array");
        int min = rules.minItems() == null ? 0 : rules.minItems();
        if (field.required()) {
            min = Math.max(min, 1);
        }
        if (min > 0) {
            schema.put("minItems", min);
        }
        schema.put("maxItems", rules.maxItems() == null ? AnswerCheck.GROUP_MAX_ITEMS : rules.maxItems());
        ObjectNode entry = schema.putObject("items");
        entry.put("type", "object");
        ObjectNode properties = entry.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (Field member : field.fields()) {
            properties.set(member.id(), field(member));
            if (member.required()) {
                required.add(member.id());
            }
        }
        entry.set("required", required);
        entry.put("additionalProperties", false);
    }
}

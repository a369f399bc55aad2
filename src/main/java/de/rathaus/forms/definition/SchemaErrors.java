package de.rathaus.forms.definition;

import com.networknt.schema.Error;
import de.rathaus.platform.files.FileTypes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Translates the JSON Schema validator's errors into the messages of {@link FormRules}, so a
 * citizen using an API client reads "Geben Sie die Postleitzahl mit 5 Ziffern an" rather than the
 * validator's technical text. What has no counterpart keeps the validator's message under {@code
 * forms.answer.schema}.
 */
final class SchemaErrors {

    private SchemaErrors() {}

    static AnswerError map(FormDefinition form, Error error) {
        String base = pointer(error.getInstanceLocation().toString());
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        if (keyword.equals("additionalProperties") || keyword.equals("unevaluatedProperties")) {
            String name = error.getProperty() == null ? "" : error.getProperty();
            return new AnswerError(
                    base + "/" + AnswerCheck.pointerToken(name), "forms.answer.unknown-field", List.of(name));
        }
        if (keyword.equals("required") && error.getProperty() != null) {
            return missing(form, base, error.getProperty());
        }
        Place place = Place.of(form, base);
        if (place == null) {
            return new AnswerError(base, "forms.answer.schema", List.of(base, error.getMessage()));
        }
        // a file reference and a checkbox answer are one answer: their parts are not separate fields
        FieldType type = place.field().type();
        String at = type == FieldType.FILE || type == FieldType.CHECKBOX ? place.fieldPath() : base;
        String code = code(place, keyword, error);
        return new AnswerError(
                at,
                code,
                code.startsWith("forms.answer.required") ? List.of(place.label()) : arguments(place, keyword));
    }

    /**
     * Numbers no form can use (more than {@link AnswerCheck#MAX_DIGITS} digits before or after the
     * point, like 1e999999999): refused as FormRules refuses them, before the validator computes
     * with them.
     */
    static List<AnswerError> absurdNumbers(FormDefinition form, JsonNode answers) {
        List<AnswerError> errors = new ArrayList<>();
        collectAbsurd(form, answers, "", errors);
        return errors;
    }

    private static void collectAbsurd(FormDefinition form, JsonNode node, String path, List<AnswerError> errors) {
        if (node.isNumber() && AnswerCheck.decimal(node) == null) {
            Place place = Place.of(form, path);
            errors.add(
                    place == null
                            ? new AnswerError(path, "forms.answer.schema", List.of(path, "number out of range"))
                            : new AnswerError(
                                    place.fieldPath(), wrongShape(place.field().type()), List.of(place.label())));
        } else if (node.isObject()) {
            for (var member : node.properties()) {
                collectAbsurd(form, member.getValue(), path + "/" + AnswerCheck.pointerToken(member.getKey()), errors);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectAbsurd(form, node.get(i), path + "/" + i, errors);
            }
        }
    }

    /** An empty pointer stays empty; the validator may give the root as "/" or "". */
    private static String pointer(String location) {
        return location.equals("/") ? "" : location;
    }

    private static AnswerError missing(FormDefinition form, String base, String property) {
        String path = base + "/" + AnswerCheck.pointerToken(property);
        Place place = Place.of(form, path);
        if (place == null) {
            return new AnswerError(path, "forms.answer.required", List.of(property));
        }
        String code = switch (place.part()) {
            case "street" -> "forms.answer.street";
            case "postcode" -> "forms.answer.postcode-required";
            case "city" -> "forms.answer.city";
            case "" -> AnswerCheck.requiredCode(place.field().type());
            default -> "forms.answer.file";
        };
        // a missing part of a file reference means the reference is broken as a whole
        String at = place.field().type() == FieldType.FILE ? place.fieldPath() : path;
        return new AnswerError(at, code, List.of(place.label()));
    }

    private static String code(Place place, String keyword, Error error) {
        FieldType type = place.field().type();
        if (type == FieldType.ADDRESS && place.part().equals("postcode")) {
            return "forms.answer.postcode";
        }
        if (type == FieldType.ADDRESS && !place.part().isEmpty()) {
            return keyword.equals("maxLength") ? "forms.answer.too-long" : "forms.answer.not-text";
        }
        if (type == FieldType.FILE) {
            return switch (place.part()) {
                case "type" -> "forms.answer.file-type";
                case "size" -> keyword.equals("maximum") ? "forms.answer.file-size" : "forms.answer.file";
                default -> "forms.answer.file";
            };
        }
        return switch (keyword) {
            case "minLength" -> blank(error) ? AnswerCheck.requiredCode(type) : "forms.answer.too-short";
            case "maxLength" -> type == FieldType.EMAIL ? "forms.answer.email" : "forms.answer.too-long";
            case "minimum" -> "forms.answer.too-small";
            case "maximum" -> "forms.answer.too-large";
            case "multipleOf" -> "forms.answer.not-money";
            case "minItems" ->
                type == FieldType.GROUP && !blank(error)
                        ? "forms.answer.group-too-few"
                        : AnswerCheck.requiredCode(type);
            case "maxItems" -> "forms.answer.group-too-many";
            case "pattern" ->
                switch (type) {
                    case PHONE -> "forms.answer.phone";
                    case IBAN -> "forms.answer.iban";
                    default -> hasMessage(place.field()) ? "forms.answer.pattern" : "forms.answer.format";
                };
            case "format" ->
                switch (type) {
                    case DATE -> "forms.answer.date";
                    case EMAIL -> "forms.answer.email";
                    default -> "forms.answer.format";
                };
            default -> wrongShape(type);
        };
    }

    /** The message for a value of the wrong kind, by field type. */
    private static String wrongShape(FieldType type) {
        return switch (type) {
            case TEXT, LONG_TEXT -> "forms.answer.not-text";
            case NUMBER -> "forms.answer.not-a-number";
            case MONEY -> "forms.answer.not-money";
            case DATE -> "forms.answer.date";
            case EMAIL -> "forms.answer.email";
            case PHONE -> "forms.answer.phone";
            case IBAN -> "forms.answer.iban";
            case SELECT, RADIO, CHECKBOX -> "forms.answer.option";
            case YES_NO -> "forms.answer.yes-no";
            case ADDRESS -> "forms.answer.address";
            case FILE -> "forms.answer.file";
            case GROUP -> "forms.answer.group";
        };
    }

    /** The arguments FormRules gives for the same mistake: the label, then the limit from the definition. */
    private static List<Object> arguments(Place place, String keyword) {
        Field field = place.field();
        Field.Rules rules = field.rules();
        FieldType type = field.type();
        if (type == FieldType.FILE && place.part().equals("type")) {
            return List.of(
                    place.label(),
                    FileTypeNames.of(
                            rules.accept().isEmpty() ? List.copyOf(FileTypes.DOCUMENTS_AND_IMAGES) : rules.accept()));
        }
        if (type == FieldType.FILE && place.part().equals("size") && keyword.equals("maximum")) {
            return List.of(place.label(), rules.maxSizeMb() == null ? AnswerCheck.FILE_MAX_SIZE_MB : rules.maxSizeMb());
        }
        if (type == FieldType.ADDRESS) {
            return keyword.equals("maxLength")
                    ? List.of(place.label(), AnswerCheck.TEXT_MAX_LENGTH)
                    : List.of(place.label());
        }
        return switch (keyword) {
            case "minLength" ->
                rules.minLength() == null ? List.of(place.label()) : List.of(place.label(), rules.minLength());
            case "maxLength" ->
                type == FieldType.EMAIL ? List.of(place.label()) : List.of(place.label(), maxLength(field));
            case "minItems" ->
                rules.minItems() == null ? List.of(place.label()) : List.of(place.label(), rules.minItems());
            case "maxItems" ->
                List.of(place.label(), rules.maxItems() == null ? AnswerCheck.GROUP_MAX_ITEMS : rules.maxItems());
            case "minimum" -> List.of(place.label(), plain(rules.min()));
            case "maximum" -> List.of(place.label(), plain(rules.max()));
            case "pattern" ->
                hasMessage(field) ? List.of(place.label(), rules.patternMessage()) : List.of(place.label());
            default -> List.of(place.label());
        };
    }

    private static int maxLength(Field field) {
        if (field.rules().maxLength() != null) {
            return field.rules().maxLength();
        }
        return field.type() == FieldType.LONG_TEXT ? AnswerCheck.LONG_TEXT_MAX_LENGTH : AnswerCheck.TEXT_MAX_LENGTH;
    }

    /** Whether the value is an empty text or list: not answered, for FormRules. */
    private static boolean blank(Error error) {
        var value = error.getInstanceNode();
        return value != null
                && ((value.isString() && value.stringValue().isBlank()) || (value.isArray() && value.isEmpty()));
    }

    private static boolean hasMessage(Field field) {
        return field.rules().patternMessage() != null
                && !field.rules().patternMessage().isBlank();
    }

    private static String plain(@Nullable BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * The field a pointer leads to: a top-level field, a field of a group entry, or a part of an
     * address or file reference.
     *
     * @param fieldPath the pointer to the field's answer itself
     * @param part the member of an address or file answer ("street"), or empty
     */
    record Place(Field field, String label, String fieldPath, String part) {

        static @Nullable Place of(FormDefinition form, String pointer) {
            String[] tokens =
                    pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
            if (tokens.length == 0) {
                return null;
            }
            Optional<Field> top = form.field(unescape(tokens[0]));
            if (top.isEmpty()) {
                return null;
            }
            Field field = top.get();
            String fieldPath = "/" + tokens[0];
            if (field.type() == FieldType.GROUP && tokens.length >= 3 && tokens[1].matches("[0-9]+")) {
                String member = unescape(tokens[2]);
                Optional<Field> inGroup = field.fields().stream()
                        .filter(f -> f.id().equals(member))
                        .findFirst();
                if (inGroup.isEmpty()) {
                    return null;
                }
                String label =
                        inGroup.get().label() + " (" + field.label() + " " + (Integer.parseInt(tokens[1]) + 1) + ")";
                return new Place(
                        inGroup.get(),
                        label,
                        fieldPath + "/" + tokens[1] + "/" + tokens[2],
                        tokens.length > 3 ? unescape(tokens[3]) : "");
            }
            return new Place(field, field.label(), fieldPath, tokens.length > 1 ? unescape(tokens[1]) : "");
        }

        private static String unescape(String token) {
            return token.replace("~1", "/").replace("~0", "~");
        }
    }
}

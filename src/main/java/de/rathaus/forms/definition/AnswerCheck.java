package de.rathaus.forms.definition;

import de.rathaus.platform.files.FileTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks one answer against its field, by type. Never throws for a badly shaped answer: a string
 * where a number belongs is what the citizen typed and gets an error message like any other
 * mistake.
 */
final class AnswerCheck {

    static final int TEXT_MAX_LENGTH = 200;
    static final int LONG_TEXT_MAX_LENGTH = 5000;
    static final int GROUP_MAX_ITEMS = 20;
    static final int FILE_MAX_SIZE_MB = 10;

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +/()\\-]+");
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");
    private static final Set<String> ADDRESS_PARTS = Set.of("street", "postcode", "city");
    private static final Set<String> FILE_PARTS = Set.of("file", "name", "size", "type");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final long MEGABYTE = 1024L * 1024L;

    private final LocalDate today;
    private final List<AnswerError> errors = new ArrayList<>();

    private AnswerCheck(LocalDate today) {
        this.today = today;
    }

    /** The errors of the answers to these fields, in the order of the fields. */
    static List<AnswerError> check(List<Field> fields, Answers answers, LocalDate today) {
        AnswerCheck check = new AnswerCheck(today);
        for (Field field : fields) {
            check.field(field, field.label(), "/" + pointerToken(field.id()), answers.get(field.id()));
        }
        return List.copyOf(check.errors);
    }

    /** A member name as one JSON Pointer reference token (RFC 6901). */
    static String pointerToken(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Whether the answer counts as given: not missing, not blank text, not an empty list or object. */
    static boolean answered(@Nullable JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isString()) {
            return !value.stringValue().isBlank();
        }
        if (value.isObject()) {
            for (JsonNode part : value) {
                if (answered(part)) {
                    return true;
                }
            }
            return false;
        }
        return !value.isArray() || !value.isEmpty();
    }

    private void field(Field field, String label, String path, @Nullable JsonNode value) {
        if (!answered(value)) {
            if (field.required()) {
                error(path, requiredCode(field.type()), label);
            }
            return;
        }
        switch (field.type()) {
            case TEXT -> text(field, label, path, value, TEXT_MAX_LENGTH);
            case LONG_TEXT -> text(field, label, path, value, LONG_TEXT_MAX_LENGTH);
            case NUMBER -> number(field, label, path, value, false);
            case MONEY -> number(field, label, path, value, true);
            case DATE -> date(field, label, path, value);
            case EMAIL -> pattern(label, path, value, EMAIL, "forms.answer.email", 254);
            case PHONE -> phone(label, path, value);
            case IBAN -> iban(label, path, value);
            case SELECT, RADIO -> choice(field, label, path, value);
            case CHECKBOX -> choices(field, label, path, value);
            case YES_NO -> {
                if (!value.isBoolean()) {
                    error(path, "forms.answer.yes-no", label);
                }
            }
            case ADDRESS -> address(field, label, path, value);
            case FILE -> file(field, label, path, value);
            case GROUP -> group(field, label, path, value);
        }
    }

    static String requiredCode(FieldType type) {
        return switch (type) {
            case SELECT, RADIO, CHECKBOX, YES_NO -> "forms.answer.required-choice";
            case FILE -> "forms.answer.required-file";
            case GROUP -> "forms.answer.required-group";
            case ADDRESS -> "forms.answer.required-address";
            default -> "forms.answer.required";
        };
    }

    private void text(Field field, String label, String path, JsonNode value, int defaultMax) {
        if (!value.isString()) {
            error(path, "forms.answer.not-text", label);
            return;
        }
        String text = value.stringValue();
        int length = text.codePointCount(0, text.length());
        Field.Rules rules = field.rules();
        int max = rules.maxLength() == null ? defaultMax : rules.maxLength();
        if (rules.minLength() != null && length < rules.minLength()) {
            error(path, "forms.answer.too-short", label, rules.minLength());
        } else if (length > max) {
            error(path, "forms.answer.too-long", label, max);
        } else if (rules.pattern() != null && !matches(rules.pattern(), text)) {
            if (rules.patternMessage() == null || rules.patternMessage().isBlank()) {
                error(path, "forms.answer.format", label);
            } else {
                error(path, "forms.answer.pattern", label, rules.patternMessage());
            }
        }
    }

    private static boolean matches(String pattern, String text) {
        try {
            return BoundedPattern.matches(pattern, text);
        } catch (PatternSyntaxException e) {
            // DefinitionCheck refuses such a definition; one that slipped through accepts nothing
            return false;
        }
    }

    private void number(Field field, String label, String path, JsonNode value, boolean money) {
        BigDecimal number = decimal(value);
        if (number == null) {
            error(path, money ? "forms.answer.not-money" : "forms.answer.not-a-number", label);
            return;
        }
        if (money && number.stripTrailingZeros().scale() > 2) {
            error(path, "forms.answer.not-money", label);
        } else if (field.rules().min() != null && number.compareTo(field.rules().min()) < 0) {
            error(path, "forms.answer.too-small", label, plain(field.rules().min()));
        } else if (field.rules().max() != null && number.compareTo(field.rules().max()) > 0) {
            error(path, "forms.answer.too-large", label, plain(field.rules().max()));
        }
    }

    /** The most digits before and after the decimal point any answer may have. */
    static final int MAX_DIGITS = 30;

    /**
     * A JSON number as a decimal; {@code null} for anything else, including infinite doubles and
     * numbers beyond any form's use (like 1e999999999), whose arithmetic would take forever.
     */
    static @Nullable BigDecimal decimal(JsonNode value) {
        if (!value.isNumber()) {
            return null;
        }
        if (value.isFloatingPointNumber() && !value.isBigDecimal() && !Double.isFinite(value.doubleValue())) {
            return null;
        }
        BigDecimal number = value.decimalValue().stripTrailingZeros();
        boolean sane = number.precision() - number.scale() <= MAX_DIGITS && number.scale() <= MAX_DIGITS;
        return sane ? value.decimalValue() : null;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private void date(Field field, String label, String path, JsonNode value) {
        LocalDate date;
        try {
            date = value.isString() ? LocalDate.parse(value.stringValue()) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            error(path, "forms.answer.date", label);
            return;
        }
        LocalDate earliest = limit(field.rules().earliest());
        LocalDate latest = limit(field.rules().latest());
        if (earliest != null && date.isBefore(earliest)) {
            error(path, "forms.answer.date-too-early", label, GERMAN_DATE.format(earliest));
        } else if (latest != null && date.isAfter(latest)) {
            error(path, "forms.answer.date-too-late", label, GERMAN_DATE.format(latest));
        }
    }

    private @Nullable LocalDate limit(@Nullable String rule) {
        return rule == null ? null : DateLimits.resolve(rule, today).orElse(null);
    }

    private void pattern(String label, String path, JsonNode value, Pattern pattern, String code, int maxLength) {
        if (!value.isString()
                || value.stringValue().length() > maxLength
                || !pattern.matcher(value.stringValue()).matches()) {
            error(path, code, label);
        }
    }

    private void phone(String label, String path, JsonNode value) {
        if (!value.isString() || !PHONE.matcher(value.stringValue()).matches()) {
            error(path, "forms.answer.phone", label);
            return;
        }
        long digits = value.stringValue().chars().filter(Character::isDigit).count();
        if (digits < 6 || digits > 20) {
            error(path, "forms.answer.phone", label);
        }
    }

    private void iban(String label, String path, JsonNode value) {
        if (!value.isString() || !Iban.wellFormed(value.stringValue())) {
            error(path, "forms.answer.iban", label);
        } else if (!Iban.checkDigitsFit(value.stringValue())) {
            error(path, "forms.answer.iban-check", label);
        }
    }

    private void choice(Field field, String label, String path, JsonNode value) {
        if (!value.isString() || !optionValues(field).contains(value.stringValue())) {
            error(path, "forms.answer.option", label);
        }
    }

    private void choices(Field field, String label, String path, JsonNode value) {
        if (!value.isArray()) {
            error(path, "forms.answer.option", label);
            return;
        }
        Set<String> options = optionValues(field);
        Set<String> seen = new HashSet<>();
        for (JsonNode element : value) {
            if (!element.isString() || !options.contains(element.stringValue()) || !seen.add(element.stringValue())) {
                error(path, "forms.answer.option", label);
                return;
            }
        }
    }

    private static Set<String> optionValues(Field field) {
        return field.options().stream().map(Field.Option::value).collect(Collectors.toSet());
    }

    private void address(Field field, String label, String path, JsonNode value) {
        if (!value.isObject()) {
            error(path, "forms.answer.address", label);
            return;
        }
        if (unknownMembers(path, value, ADDRESS_PARTS)) {
            return;
        }
        // a partly filled address is as good as none: every part is needed to deliver a letter
        part(path + "/street", value.get("street"), label, "forms.answer.street");
        JsonNode postcode = value.get("postcode");
        if (part(path + "/postcode", postcode, label, "forms.answer.postcode-required")
                && !POSTCODE.matcher(postcode.stringValue().strip()).matches()) {
            error(path + "/postcode", "forms.answer.postcode", label);
        }
        part(path + "/city", value.get("city"), label, "forms.answer.city");
    }

    /** Checks one text part of an object answer; true when it is a usable text. */
    private boolean part(String path, @Nullable JsonNode value, String label, String missingCode) {
        if (value == null
                || value.isNull()
                || (value.isString() && value.stringValue().isBlank())) {
            error(path, missingCode, label);
            return false;
        }
        if (!value.isString()) {
            error(path, "forms.answer.not-text", label);
            return false;
        }
        if (value.stringValue().length() > TEXT_MAX_LENGTH) {
            error(path, "forms.answer.too-long", label, TEXT_MAX_LENGTH);
            return false;
        }
        return true;
    }

    private boolean unknownMembers(String path, JsonNode value, Set<String> known) {
        boolean found = false;
        for (String name : value.propertyNames()) {
            if (!known.contains(name)) {
                error(path + "/" + pointerToken(name), "forms.answer.unknown-field", name);
                found = true;
            }
        }
        return found;
    }

    private void file(Field field, String label, String path, JsonNode value) {
        if (!value.isObject()) {
            error(path, "forms.answer.file", label);
            return;
        }
        if (unknownMembers(path, value, FILE_PARTS)) {
            return;
        }
        if (!fileShape(value)) {
            error(path, "forms.answer.file", label);
            return;
        }
        List<String> accept = field.rules().accept().isEmpty()
                ? List.copyOf(FileTypes.DOCUMENTS_AND_IMAGES)
                : field.rules().accept();
        int maxSizeMb = field.rules().maxSizeMb() == null
                ? FILE_MAX_SIZE_MB
                : field.rules().maxSizeMb();
        if (!accept.contains(value.get("type").stringValue())) {
            error(path, "forms.answer.file-type", label, FileTypeNames.of(accept));
        } else if (value.get("size").longValue() > maxSizeMb * MEGABYTE) {
            error(path, "forms.answer.file-size", label, maxSizeMb);
        }
    }

    private static boolean fileShape(JsonNode value) {
        JsonNode id = value.get("file");
        JsonNode name = value.get("name");
        JsonNode size = value.get("size");
        JsonNode type = value.get("type");
        return id != null
                && id.isString()
                && isUuid(id.stringValue())
                && name != null
                && name.isString()
                && !name.stringValue().isBlank()
                && name.stringValue().length() <= 255
                && size != null
                && size.isIntegralNumber()
                && size.canConvertToLong()
                && size.longValue() > 0
                && type != null
                && type.isString();
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void group(Field field, String label, String path, JsonNode value) {
        if (!value.isArray()) {
            error(path, "forms.answer.group", label);
            return;
        }
        Field.Rules rules = field.rules();
        int max = rules.maxItems() == null ? GROUP_MAX_ITEMS : rules.maxItems();
        if (rules.minItems() != null && value.size() < rules.minItems()) {
            error(path, "forms.answer.group-too-few", label, rules.minItems());
        } else if (value.size() > max) {
            error(path, "forms.answer.group-too-many", label, max);
            return;
        }
        Set<String> members = field.fields().stream().map(Field::id).collect(Collectors.toSet());
        for (int index = 0; index < value.size(); index++) {
            JsonNode entry = value.get(index);
            String entryPath = path + "/" + index;
            String entryLabel = label + " " + (index + 1);
            if (!entry.isObject()) {
                error(entryPath, "forms.answer.group", label);
                continue;
            }
            unknownMembers(entryPath, entry, members);
            for (Field member : field.fields()) {
                field(
                        member,
                        member.label() + " (" + entryLabel + ")",
                        entryPath + "/" + pointerToken(member.id()),
                        entry.get(member.id()));
            }
        }
    }

    private void error(String path, String code, Object... arguments) {
        errors.add(new AnswerError(path, code, List.of(arguments)));
    }
}

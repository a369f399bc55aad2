package de.rathaus.forms.definition;

import de.rathaus.platform.files.FileTypes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/** Checks a field's limits: only those that fit its type, each sane, and prefills that fit. */
final class FieldRulesCheck {

    /** The largest upload the platform's file service takes by default. */
    static final int PLATFORM_MAX_SIZE_MB = 20;

    static final int MAX_TEXT_LENGTH = 100_000;
    static final int MAX_GROUP_ITEMS = 100;

    private static final Set<FieldType> TEXTS = EnumSet.of(FieldType.TEXT, FieldType.LONG_TEXT);
    private static final Set<FieldType> NUMBERS = EnumSet.of(FieldType.NUMBER, FieldType.MONEY);
    private static final Map<Field.Prefill, FieldType> PREFILL_TYPES =
            Map.of(Field.Prefill.NAME, FieldType.TEXT, Field.Prefill.EMAIL, FieldType.EMAIL);

    private FieldRulesCheck() {}

    static boolean isChoice(FieldType type) {
        return type == FieldType.SELECT || type == FieldType.RADIO || type == FieldType.CHECKBOX;
    }

    static void check(String path, Field field, DefinitionCheck.Problems problems) {
        Field.Rules rules = field.rules();
        String at = path + "/rules/";
        FieldType type = field.type();
        for (String rule : present(rules)) {
            if (!applies(rule, type)) {
                problems.add(at + rule, "forms.definition.rule-not-applicable", rule, type.name());
            }
        }
        range(at + "minLength", rules.minLength(), rules.maxLength(), 0, MAX_TEXT_LENGTH, problems);
        range(at + "maxLength", rules.maxLength(), null, 1, MAX_TEXT_LENGTH, problems);
        range(at + "minItems", rules.minItems(), rules.maxItems(), 0, MAX_GROUP_ITEMS, problems);
        range(at + "maxItems", rules.maxItems(), null, 1, MAX_GROUP_ITEMS, problems);
        range(at + "maxSizeMb", rules.maxSizeMb(), null, 1, PLATFORM_MAX_SIZE_MB, problems);
        if (rules.min() != null && rules.max() != null && rules.min().compareTo(rules.max()) > 0) {
            problems.add(at + "min", "forms.definition.min-above-max", plain(rules.min()), plain(rules.max()));
        }
        if (rules.pattern() != null) {
            try {
                Pattern.compile(rules.pattern());
            } catch (PatternSyntaxException e) {
                problems.add(at + "pattern", "forms.definition.pattern", e.getDescription());
            }
        }
        date(at + "earliest", rules.earliest(), problems);
        date(at + "latest", rules.latest(), problems);
        for (int i = 0; i < rules.accept().size(); i++) {
            if (!FileTypes.DOCUMENTS_AND_IMAGES.contains(rules.accept().get(i))) {
                problems.add(
                        at + "accept/" + i,
                        "forms.definition.accept",
                        rules.accept().get(i));
            }
        }
        if (field.prefill() != null && PREFILL_TYPES.get(field.prefill()) != type) {
            problems.add(
                    path + "/prefill",
                    "forms.definition.prefill",
                    field.prefill().name(),
                    PREFILL_TYPES.get(field.prefill()).name());
        }
    }

    private static List<String> present(Field.Rules rules) {
        List<String> names = new ArrayList<>();
        addIf(names, "minLength", rules.minLength());
        addIf(names, "maxLength", rules.maxLength());
        addIf(names, "pattern", rules.pattern());
        addIf(names, "patternMessage", rules.patternMessage());
        addIf(names, "min", rules.min());
        addIf(names, "max", rules.max());
        addIf(names, "earliest", rules.earliest());
        addIf(names, "latest", rules.latest());
        addIf(names, "accept", rules.accept().isEmpty() ? null : rules.accept());
        addIf(names, "maxSizeMb", rules.maxSizeMb());
        addIf(names, "minItems", rules.minItems());
        addIf(names, "maxItems", rules.maxItems());
        return names;
    }

    private static void addIf(List<String> names, String name, @Nullable Object value) {
        if (value != null) {
            names.add(name);
        }
    }

    private static boolean applies(String rule, FieldType type) {
        return switch (rule) {
            case "minLength", "maxLength", "pattern", "patternMessage" -> TEXTS.contains(type);
            case "min", "max" -> NUMBERS.contains(type);
            case "earliest", "latest" -> type == FieldType.DATE;
            case "accept", "maxSizeMb" -> type == FieldType.FILE;
            case "minItems", "maxItems" -> type == FieldType.GROUP;
            default -> false;
        };
    }

    private static void range(
            String path,
            @Nullable Integer value,
            @Nullable Integer upper,
            int lowest,
            int highest,
            DefinitionCheck.Problems problems) {
        if (value == null) {
            return;
        }
        if (value < lowest || value > highest) {
            problems.add(path, "forms.definition.out-of-range", value, lowest, highest);
        } else if (upper != null && value > upper) {
            problems.add(path, "forms.definition.min-above-max", value, upper);
        }
    }

    private static void date(String path, @Nullable String rule, DefinitionCheck.Problems problems) {
        if (rule != null && !DateLimits.readable(rule)) {
            problems.add(path, "forms.definition.date-rule", rule);
        }
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}

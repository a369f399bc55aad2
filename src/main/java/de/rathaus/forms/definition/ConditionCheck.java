package de.rathaus.forms.definition;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a condition: it names a field the citizen has answered before the condition is evaluated,
 * and compares with values that field can have (an option's value, {@code true}/{@code false} for
 * yes/no, a number for numbers).
 */
final class ConditionCheck {

    /** Answers that are objects or lists of objects: only whether they are given can be tested. */
    private static final Set<FieldType> ONLY_ANSWERED = EnumSet.of(FieldType.ADDRESS, FieldType.FILE, FieldType.GROUP);

    private ConditionCheck() {}

    static void check(
            String path, Condition condition, Map<String, Field> available, DefinitionCheck.Problems problems) {
        if (condition.field() == null || condition.field().isBlank()) {
            problems.add(path + "/field", "forms.definition.required");
            return;
        }
        if (condition.test() == null) {
            problems.add(path + "/test", "forms.definition.required");
            return;
        }
        Field field = available.get(condition.field());
        if (field == null) {
            problems.add(path + "/field", "forms.definition.condition-field", condition.field());
            return;
        }
        if (condition.test() == Condition.Test.ANSWERED) {
            if (!condition.values().isEmpty()) {
                problems.add(path + "/values", "forms.definition.condition-no-values");
            }
            return;
        }
        if (ONLY_ANSWERED.contains(field.type())) {
            problems.add(path + "/test", "forms.definition.condition-test", field.id());
            return;
        }
        if (condition.values().isEmpty()) {
            problems.add(path + "/values", "forms.definition.condition-values");
        }
        Set<String> options = field.options().stream().map(Field.Option::value).collect(Collectors.toSet());
        for (int i = 0; i < condition.values().size(); i++) {
            String value = condition.values().get(i);
            if (!possible(field, value, options)) {
                problems.add(
                        path + "/values/" + i, "forms.definition.condition-value", String.valueOf(value), field.id());
            }
        }
    }

    private static boolean possible(Field field, String value, Set<String> options) {
        if (value == null) {
            return false;
        }
        return switch (field.type()) {
            case SELECT, RADIO, CHECKBOX -> options.contains(value);
            case YES_NO -> value.equals("true") || value.equals("false");
            case NUMBER, MONEY -> isNumber(value);
            default -> !value.isBlank();
        };
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

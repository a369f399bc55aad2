package de.rathaus.forms.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Evaluates a {@link Condition} against answers. */
final class Conditions {

    private Conditions() {}

    static boolean holds(@Nullable Condition condition, Answers answers) {
        if (condition == null) {
            return true;
        }
        List<String> given = comparableValues(answers.get(condition.field()));
        return switch (condition.test()) {
            case ANSWERED -> !given.isEmpty();
            case EQUALS -> given.stream().anyMatch(value -> matchesAny(value, condition.values()));
            case NOT_EQUALS -> given.stream().noneMatch(value -> matchesAny(value, condition.values()));
        };
    }

    /** Whether an answer's value is one of the condition's values; numbers compare by amount (3 = 3.0). */
    private static boolean matchesAny(String given, List<String> values) {
        for (String value : values) {
            if (value.equals(given) || sameNumber(value, given)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The answer as the strings a condition compares: a text as is, a yes/no as "true"/"false", a
     * number in its shortest notation (compared by amount), each value of a checkbox answer; nothing for an empty answer.
     */
    static List<String> comparableValues(@Nullable JsonNode answer) {
        List<String> values = new ArrayList<>();
        if (answer == null || answer.isNull()) {
            return values;
        }
        if (answer.isArray()) {
            for (JsonNode element : answer) {
                values.addAll(comparableValues(element));
            }
        } else if (answer.isString()) {
            if (!answer.stringValue().isBlank()) {
                values.add(answer.stringValue());
            }
        } else if (answer.isBoolean()) {
            values.add(Boolean.toString(answer.booleanValue()));
        } else if (AnswerCheck.decimal(answer) != null) {
            // scientific notation: a plain 1e999999999 would be a billion digits long
            values.add(AnswerCheck.decimal(answer).stripTrailingZeros().toString());
        } else if (answer.isObject() && !answer.isEmpty()) {
            values.add(answer.toString());
        }
        return values;
    }
}

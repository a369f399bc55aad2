package de.rathaus.forms.definition;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question.
 *
 * @param id unique within the form (also inside groups: a group's fields are named by the group's
 *     id and their own, see {@link FieldType#GROUP}), lower case letters, digits and hyphens; the
 *     key of the answer in the JSON answers
 * @param label the question or label, e.g. "Name des Hundes"
 * @param hint optional help under the label
 * @param required whether an answer is needed (when the field is shown at all)
 * @param showIf the field is shown (and asked) only when this holds
 * @param rules limits for the answer; which ones apply depends on the type
 * @param options the choices of SELECT, RADIO and CHECKBOX fields
 * @param fields the fields of one entry of a GROUP
 * @param prefill where a signed-in citizen's answer is taken from, or {@code null}
 */
public record Field(
        String id,
        FieldType type,
        String label,
        @Nullable String hint,
        boolean required,
        @Nullable Condition showIf,
        Rules rules,
        List<Option> options,
        List<Field> fields,
        @Nullable Prefill prefill) {

    public Field {
        options = options == null ? List.of() : List.copyOf(options);
        fields = fields == null ? List.of() : List.copyOf(fields);
        rules = rules == null ? Rules.NONE : rules;
    }

    /** A choice of a SELECT, RADIO or CHECKBOX field. */
    public record Option(String value, String label) {}

    /**
     * Limits for an answer; {@code null} means no limit. Texts: {@code minLength}, {@code
     * maxLength} (default 200 for TEXT, 5000 for LONG_TEXT), {@code pattern} (a Java regular
     * expression the whole answer must match) with {@code patternMessage} (German, shown when it
     * does not). NUMBER and MONEY: {@code min}, {@code max}. DATE: {@code earliest}, {@code latest}
     * as a date ({@code 2026-01-01}), {@code today}, or a period from today ({@code -P18Y}, {@code
     * P6M}). FILE: {@code accept} (media types, default PDF/JPEG/PNG) and {@code maxSizeMb} (default
     * 10). GROUP: {@code minItems}, {@code maxItems} (default 20).
     */
    public record Rules(
            @Nullable Integer minLength,
            @Nullable Integer maxLength,
            @Nullable String pattern,
            @Nullable String patternMessage,
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            @Nullable String earliest,
            @Nullable String latest,
            List<String> accept,
            @Nullable Integer maxSizeMb,
            @Nullable Integer minItems,
            @Nullable Integer maxItems) {

        public static final Rules NONE =
                new Rules(null, null, null, null, null, null, null, null, List.of(), null, null, null);

        public Rules {
            accept = accept == null ? List.of() : List.copyOf(accept);
        }
    }

    /** What a signed-in citizen's account knows and can fill in. */
    public enum Prefill {
        /** The account's display name. */
        NAME,
        /** The account's e-mail address. */
        EMAIL
    }
}

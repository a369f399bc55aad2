package de.rathaus.forms.definition;

import java.util.List;

/**
 * When a page or field is shown: depending on an earlier answer (a top-level field). A hidden page
 * is skipped, a hidden field is not asked, and answers to hidden fields are dropped before they
 * are checked or sent.
 *
 * @param field the id of the earlier field
 * @param test how its answer is tested
 * @param values the values for {@link Test#EQUALS} (one or more: any of them) and {@link
 *     Test#NOT_EQUALS}; empty for {@link Test#ANSWERED}. A YES_NO answer compares as {@code
 *     "true"}/{@code "false"}; a CHECKBOX answer matches when one of its values matches.
 */
public record Condition(String field, Test test, List<String> values) {

    public Condition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public enum Test {
        EQUALS,
        NOT_EQUALS,
        ANSWERED
    }
}

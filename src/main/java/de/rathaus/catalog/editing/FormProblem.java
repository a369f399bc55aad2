package de.rathaus.catalog.editing;

import org.jspecify.annotations.Nullable;

/**
 * A problem to show on one field of an editing form.
 *
 * @param field the form field, as the inputs' names and ids spell it ({@code fees[1].amount})
 * @param code the message key
 * @param line the line of a one-per-line text area the problem is in, counted from 1
 */
record FormProblem(String field, String code, @Nullable Integer line) {

    static FormProblem of(String field, String code) {
        return new FormProblem(field, code, null);
    }
}

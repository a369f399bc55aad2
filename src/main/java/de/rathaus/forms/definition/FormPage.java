package de.rathaus.forms.definition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question page (one topic per page).
 *
 * @param id unique within the form, lower case with hyphens; part of the page's address
 * @param title the page's heading (the question where the page has one field)
 * @param intro optional explanation under the heading
 * @param showIf the page is shown only when this holds; skipped otherwise
 */
public record FormPage(
        String id,
        String title,
        @Nullable String intro,
        @Nullable Condition showIf,
        List<Field> fields) {

    public FormPage {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}

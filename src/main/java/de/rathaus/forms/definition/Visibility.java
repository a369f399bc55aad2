package de.rathaus.forms.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which pages and fields the answers show. Conditions refer to earlier top-level fields only, so
 * one pass in form order decides everything: an answer hidden on the way no longer counts for the
 * conditions after it (a field that depends on a hidden one is hidden too, unless its condition
 * asks for the answer to be absent).
 */
record Visibility(Map<FormPage, List<Field>> shown, Answers kept) {

    static Visibility of(FormDefinition form, Answers answers) {
        Answers kept = answers;
        Map<FormPage, List<Field>> shown = new LinkedHashMap<>();
        for (FormPage page : form.pages()) {
            if (!Conditions.holds(page.showIf(), kept)) {
                for (Field field : page.fields()) {
                    kept = kept.without(field.id());
                }
                continue;
            }
            List<Field> fields = new ArrayList<>();
            for (Field field : page.fields()) {
                if (Conditions.holds(field.showIf(), kept)) {
                    fields.add(field);
                } else {
                    kept = kept.without(field.id());
                }
            }
            shown.put(page, List.copyOf(fields));
        }
        return new Visibility(shown, kept);
    }

    List<FormPage> pages() {
        return List.copyOf(shown.keySet());
    }

    List<Field> fieldsOf(FormPage page) {
        return shown.getOrDefault(page, List.of());
    }
}

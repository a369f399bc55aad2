package de.rathaus.forms.editor;

import de.rathaus.forms.library.FormSummary;
import org.jspecify.annotations.Nullable;

/** A form in the editors' list. */
record FormRow(
        String title,
        String key,
        String service,
        @Nullable Integer published,
        @Nullable Integer draft,
        String link) {

    static FormRow of(FormSummary form, String service) {
        return new FormRow(
                form.title(), form.key(), service, form.published(), form.draft(), FormPaths.form(form.id()));
    }

    /** Citizens can apply (published), only a draft exists, or the form is offline (withdrawn). */
    public String statusKey() {
        return published != null
                ? "forms.editor.list.status.published"
                : draft != null ? "forms.editor.list.status.draft" : "forms.editor.list.status.offline";
    }

    public String tagClass() {
        return published != null ? "rh-tag rh-tag--success" : "rh-tag";
    }
}

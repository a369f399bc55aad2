package de.rathaus.forms.library;

import de.rathaus.forms.FormId;
import org.jspecify.annotations.Nullable;

/**
 * A form in the town's library, for the editors' list.
 *
 * @param title the title of the newest version
 * @param published the version citizens fill in, or {@code null} when none is published
 * @param draft the version being edited, or {@code null} when there is no draft
 */
public record FormSummary(
        FormId id,
        String key,
        String title,
        int latest,
        @Nullable Integer published,
        @Nullable Integer draft) {}

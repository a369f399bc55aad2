package de.rathaus.forms.editor;

import de.rathaus.forms.library.FormVersion;
import de.rathaus.forms.library.VersionStatus;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/** A line of a form's version history. */
record VersionRow(
        int version,
        VersionStatus status,
        ZonedDateTime savedAt,
        @Nullable ZonedDateTime publishedAt,
        String link,
        @Nullable String publishPath) {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static VersionRow of(FormVersion version) {
        return new VersionRow(
                version.version(),
                version.status(),
                version.createdAt().atZone(BERLIN),
                version.publishedAt() == null ? null : version.publishedAt().atZone(BERLIN),
                FormPaths.version(version.id(), version.version()),
                version.status() == VersionStatus.DRAFT ? FormPaths.publish(version.id(), version.version()) : null);
    }

    public String statusKey() {
        return "forms.editor.status." + status.name();
    }

    public String tagClass() {
        return switch (status) {
            case PUBLISHED -> "rh-tag rh-tag--success";
            case DRAFT -> "rh-tag";
            case RETIRED -> "rh-tag rh-form-editor__tag--retired";
        };
    }
}

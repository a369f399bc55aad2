package de.rathaus.catalog.editing;

import de.rathaus.catalog.store.Entry;
import java.util.Arrays;
import java.util.Optional;

/** What citizens see of an entry, as the status tag in the editors' list says it. */
enum EntryStatus {
    /** Nothing published (never, or withdrawn). */
    DRAFT("entwurf", ""),
    PUBLISHED("veroeffentlicht", "success"),
    /** Citizens see a published version, and a newer one waits. */
    PUBLISHED_WITH_DRAFT("neuer-entwurf", "warning");

    private final String parameter;
    private final String tagVariant;

    EntryStatus(String parameter, String tagVariant) {
        this.parameter = parameter;
        this.tagVariant = tagVariant;
    }

    static EntryStatus of(Entry entry) {
        if (!entry.isPublished()) {
            return DRAFT;
        }
        return entry.hasDraft() ? PUBLISHED_WITH_DRAFT : PUBLISHED;
    }

    /** The status named by the list filter's query parameter; empty for "all" and unknown values. */
    static Optional<EntryStatus> byParameter(String parameter) {
        return Arrays.stream(values())
                .filter(s -> s.parameter.equals(parameter))
                .findFirst();
    }

    public String parameter() {
        return parameter;
    }

    public String tagClass() {
        return tagVariant.isEmpty() ? "rh-tag" : "rh-tag rh-tag--" + tagVariant;
    }

    public String messageKey() {
        return "catalog.editing.status." + parameter;
    }
}

package de.rathaus.catalog.editing;

import de.rathaus.catalog.store.EntryKind;
import java.util.Arrays;
import java.util.Optional;

/** The two lists editors keep, with the address segment under {@code /verwaltung/katalog}. */
enum Section {
    SERVICES("leistungen", EntryKind.SERVICE),
    FAQS("fragen", EntryKind.FAQ);

    private final String path;
    private final EntryKind kind;

    Section(String path, EntryKind kind) {
        this.path = path;
        this.kind = kind;
    }

    static Optional<Section> byPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
    }

    public String path() {
        return path;
    }

    /** The address of the section's list, e.g. {@code /verwaltung/katalog/leistungen}. */
    public String base() {
        return "/verwaltung/katalog/" + path;
    }

    public EntryKind kind() {
        return kind;
    }

    /** Message keys of this section start with this, e.g. {@code catalog.editing.services.}. */
    public String messages() {
        return this == SERVICES ? "catalog.editing.services." : "catalog.editing.faqs.";
    }
}

package de.rathaus.forms.editor;

import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.CheckedDefinition;
import de.rathaus.forms.definition.DefinitionCheck;
import de.rathaus.forms.library.FormEditing;
import de.rathaus.forms.library.FormVersion;
import de.rathaus.forms.library.VersionStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Fills the editor page: the JSON text as typed, its problems, the preview, and for a stored form
 * its version history. One place, so the editor shows the same after every action.
 */
@Component
class EditorPage {

    static final String TEMPLATE = "forms/editor/edit";

    private final DefinitionCheck check;

    EditorPage(DefinitionCheck check) {
        this.check = check;
    }

    /** The editor for a new form (no history yet). */
    String forNew(Model model, String document, List<Problem> problems) {
        model.addAttribute("formId", null);
        model.addAttribute("action", FormPaths.NEW);
        model.addAttribute("versions", List.of());
        return fill(model, document, problems);
    }

    /** The editor for a stored form with its versions (newest first). */
    String forForm(Model model, FormId id, List<FormVersion> versions, String document, List<Problem> problems) {
        model.addAttribute("formId", id.value());
        model.addAttribute("formTitle", versions.getFirst().definition().title());
        model.addAttribute("action", FormPaths.form(id));
        model.addAttribute("exportPath", FormPaths.export(id));
        model.addAttribute("versions", versions.stream().map(VersionRow::of).toList());
        return fill(model, document, problems);
    }

    private String fill(Model model, String document, List<Problem> problems) {
        model.addAttribute("document", document);
        model.addAttribute("problems", problems);
        model.addAttribute("previewPath", FormPaths.PREVIEW);
        model.addAttribute("preview", preview(document));
        return TEMPLATE;
    }

    /** The preview of the document, or {@code null} while it cannot be read or checked. */
    @Nullable
    Preview preview(String document) {
        return switch (check.check(document)) {
            case CheckedDefinition.Valid valid -> Preview.of(valid.definition());
            case CheckedDefinition.Invalid invalid -> null;
        };
    }

    /** The versions of a form of this town, newest first; 404 for any other id. */
    static List<FormVersion> versionsOf(FormEditing editing, FormId form) {
        List<FormVersion> versions = editing.versions(form);
        if (versions.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return versions;
    }

    /** The text the editor opens a form with: its draft, else the version citizens see, else the newest. */
    static FormVersion current(List<FormVersion> versions) {
        return versions.stream()
                .filter(v -> v.status() == VersionStatus.DRAFT)
                .findFirst()
                .or(() -> versions.stream()
                        .filter(v -> v.status() == VersionStatus.PUBLISHED)
                        .findFirst())
                .orElse(versions.getFirst());
    }
}

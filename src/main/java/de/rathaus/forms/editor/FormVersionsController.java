package de.rathaus.forms.editor;

import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.FormJson;
import de.rathaus.forms.library.FormEditing;
import de.rathaus.forms.library.FormVersion;
import de.rathaus.forms.library.Saved;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * One version of a form (read only, with its preview) and publishing it. A published version never
 * changes; a change is saved as the next draft.
 */
@Controller
@RequestMapping(FormPaths.LIST + "/{id}/versionen/{version}")
class FormVersionsController {

    private final FormEditing editing;
    private final FormJson json;
    private final EditorPage page;
    private final ProblemTexts texts;

    FormVersionsController(FormEditing editing, FormJson json, EditorPage page, ProblemTexts texts) {
        this.editing = editing;
        this.json = json;
        this.page = page;
        this.texts = texts;
    }

    @ModelAttribute("staffArea")
    boolean staffArea() {
        return true;
    }

    @GetMapping
    String show(@PathVariable UUID id, @PathVariable int version, Model model) {
        FormId form = new FormId(id);
        FormVersion shown = version(EditorPage.versionsOf(editing, form), version);
        model.addAttribute("formId", id);
        model.addAttribute("version", VersionRow.of(shown));
        model.addAttribute("title", shown.definition().title());
        model.addAttribute("document", json.write(shown.definition()));
        model.addAttribute("preview", Preview.of(shown.definition()));
        model.addAttribute("formPath", FormPaths.form(form));
        return "forms/editor/version";
    }

    @PostMapping("/veroeffentlichen")
    String publish(@PathVariable UUID id, @PathVariable int version, Model model, HttpServletResponse response) {
        FormId form = new FormId(id);
        List<FormVersion> versions = EditorPage.versionsOf(editing, form);
        FormVersion chosen = version(versions, version);
        return switch (editing.publish(form, version)) {
            case Saved.Stored stored -> "redirect:" + FormPaths.form(form) + "?veroeffentlicht=" + stored.version();
            case Saved.Refused refused -> {
                // e.g. the service was taken out of the catalogue since the draft was saved
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                yield page.forForm(
                        model, form, versions, json.write(chosen.definition()), texts.of(refused.problems()));
            }
        };
    }

    private static FormVersion version(List<FormVersion> versions, int version) {
        return versions.stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

package de.rathaus.forms.editor;

import de.rathaus.catalog.Catalog;
import de.rathaus.catalog.ServiceSummary;
import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.CheckedDefinition;
import de.rathaus.forms.definition.DefinitionCheck;
import de.rathaus.forms.definition.FormJson;
import de.rathaus.forms.library.Author;
import de.rathaus.forms.library.FormEditing;
import de.rathaus.forms.library.FormVersion;
import de.rathaus.forms.library.Saved;
import de.rathaus.identity.CurrentAccount;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of the town's forms and the JSON editor: check ("Prüfen"), preview ("Vorschau", also
 * live with htmx) and save a draft ("Als Entwurf speichern"). Whatever is wrong comes back as an
 * error summary with the text as typed, status 400, and nothing stored.
 */
@Controller
@RequestMapping(FormPaths.LIST)
class FormEditorController {

    /** Far more than any sensible form; keeps a pasted accident from being parsed and checked. */
    static final int MAX_DOCUMENT_LENGTH = 500_000;

    private static final String SAVE = "speichern";
    private static final String CHECK = "pruefen";

    private final FormEditing editing;
    private final FormJson json;
    private final DefinitionCheck check;
    private final EditorPage page;
    private final ProblemTexts texts;
    private final NewFormTemplate template;
    private final Catalog catalog;
    private final CurrentAccount account;

    FormEditorController(
            FormEditing editing,
            FormJson json,
            DefinitionCheck check,
            EditorPage page,
            ProblemTexts texts,
            NewFormTemplate template,
            Catalog catalog,
            CurrentAccount account) {
        this.editing = editing;
        this.json = json;
        this.check = check;
        this.page = page;
        this.texts = texts;
        this.template = template;
        this.catalog = catalog;
        this.account = account;
    }

    @ModelAttribute("staffArea")
    boolean staffArea() {
        return true;
    }

    @GetMapping
    String list(Model model) {
        Map<String, String> services = catalog.services().stream()
                .collect(Collectors.toMap(ServiceSummary::slug, ServiceSummary::name, (a, b) -> a));
        model.addAttribute(
                "forms",
                editing.forms().stream()
                        .map(form -> {
                            String slug =
                                    versions(form.id()).getFirst().definition().service();
                            return FormRow.of(form, services.getOrDefault(slug, slug));
                        })
                        .toList());
        return "forms/editor/list";
    }

    @GetMapping("/neu")
    String newForm(Model model) {
        return page.forNew(model, template.text(), List.of());
    }

    @PostMapping("/neu")
    String actOnNew(
            @RequestParam(name = "definition", defaultValue = "") String document,
            @RequestParam(name = "aktion", defaultValue = CHECK) String action,
            Model model,
            HttpServletResponse response) {
        return act(null, document, action, model, response);
    }

    /** The form in the editor; after a save, publication or import the page says which version it was. */
    @GetMapping("/{id}")
    String edit(
            @PathVariable UUID id,
            @RequestParam(name = "gespeichert", required = false) @Nullable Integer saved,
            @RequestParam(name = "veroeffentlicht", required = false) @Nullable Integer published,
            @RequestParam(name = "importiert", required = false) @Nullable Integer imported,
            Model model) {
        model.addAttribute("saved", saved);
        model.addAttribute("published", published);
        model.addAttribute("imported", imported);
        FormId form = new FormId(id);
        List<FormVersion> versions = versions(form);
        return page.forForm(
                model, form, versions, json.write(EditorPage.current(versions).definition()), List.of());
    }

    @PostMapping("/{id}")
    String actOnForm(
            @PathVariable UUID id,
            @RequestParam(name = "definition", defaultValue = "") String document,
            @RequestParam(name = "aktion", defaultValue = CHECK) String action,
            Model model,
            HttpServletResponse response) {
        FormId form = new FormId(id);
        versions(form);
        return act(form, document, action, model, response);
    }

    /** The preview alone, for htmx while the editor types; without JavaScript "Vorschau" reloads the page. */
    @PostMapping("/vorschau")
    String preview(@RequestParam(name = "definition", defaultValue = "") String document, Model model) {
        model.addAttribute("preview", document.length() > MAX_DOCUMENT_LENGTH ? null : page.preview(document));
        return "forms/editor/parts :: preview";
    }

    private String act(
            @Nullable FormId form, String document, String action, Model model, HttpServletResponse response) {
        List<Problem> problems;
        if (document.length() > MAX_DOCUMENT_LENGTH) {
            problems = texts.of("", "forms.editor.too-long", MAX_DOCUMENT_LENGTH);
        } else if (SAVE.equals(action)) {
            problems = keyProblems(form, document);
            if (problems.isEmpty()) {
                switch (editing.saveDraft(document, Author.of(account.get()))) {
                    case Saved.Stored stored -> {
                        return "redirect:" + FormPaths.form(stored.id()) + "?gespeichert=" + stored.version();
                    }
                    case Saved.Refused refused -> problems = texts.of(refused.problems());
                }
            }
        } else {
            // "Prüfen" and "Vorschau" both say what is wrong; the preview shows what can be read
            problems = texts.of(editing.problems(document));
            model.addAttribute("checked", CHECK.equals(action) && problems.isEmpty());
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        if (form == null) {
            return page.forNew(model, document, problems);
        }
        return page.forForm(model, form, versions(form), document, problems);
    }

    /**
     * A form keeps its key (its address {@code /antrag/{key}}); a new form must not take the key of
     * one that exists, or saving would silently turn it into a new version of the other form.
     */
    private List<Problem> keyProblems(@Nullable FormId form, String document) {
        if (!(check.check(document) instanceof CheckedDefinition.Valid valid)) {
            return List.of();
        }
        String key = valid.definition().key();
        Optional<FormId> owner = editing.byKey(key);
        if (form == null && owner.isPresent()) {
            return texts.of("/key", "forms.editor.key-taken", key);
        }
        if (form != null && !owner.equals(Optional.of(form))) {
            return texts.of("/key", "forms.editor.key-changed", key);
        }
        return List.of();
    }

    private List<FormVersion> versions(FormId form) {
        return EditorPage.versionsOf(editing, form);
    }
}

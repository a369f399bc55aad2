package de.rathaus.catalog.editing;

import de.rathaus.catalog.model.ContentProblem;
import de.rathaus.catalog.model.ContentRules;
import de.rathaus.catalog.model.FaqContent;
import de.rathaus.catalog.store.CatalogEditing;
import de.rathaus.catalog.store.Entry;
import de.rathaus.catalog.store.EntryKind;
import de.rathaus.catalog.store.Saved;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Writing a frequently asked question: new, a new version, or an old version taken up again. */
@Controller
@RequestMapping("/verwaltung/katalog/fragen")
class FaqEditorController {

    private static final String FORM = "faqForm";

    private final CatalogEditing editing;
    private final Editors editors;

    FaqEditorController(CatalogEditing editing, Editors editors) {
        this.editing = editing;
        this.editors = editors;
    }

    @GetMapping("/neu")
    String create(Model model) {
        model.addAttribute(FORM, FaqForm.blank());
        return page(null, model);
    }

    @PostMapping("/neu")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        FaqForm form = FaqForm.from(params);
        String slug = form.slug() == null ? "" : form.slug().strip();
        Draft<FaqContent> draft = form.draft();
        Saved saved = Editors.save(
                draft,
                content -> {
                    List<ContentProblem> problems = new ArrayList<>();
                    if (!ContentRules.isSlug(slug)) {
                        problems.add(new ContentProblem("slug", "catalog.invalid.slug"));
                    }
                    problems.addAll(ContentRules.check(content, editing.references()));
                    return problems;
                },
                content -> editing.createFaq(slug, content, editors.author()));
        return switch (saved) {
            case Saved.Stored stored -> "redirect:/verwaltung/katalog/fragen/" + stored.id() + "?gespeichert";
            case Saved.Refused refused -> refused(null, form, draft, refused, model, response);
        };
    }

    @GetMapping("/{id}")
    String edit(
            @PathVariable UUID id,
            @RequestParam(name = "uebernommen", required = false) @Nullable Integer adopted,
            Model model) {
        Entry entry = entry(id);
        model.addAttribute("adopted", adopted);
        model.addAttribute(
                FORM,
                FaqForm.of(
                        entry.slug(),
                        editing.faqVersion(id, entry.latestVersion()).orElseThrow()));
        return page(entry, model);
    }

    @PostMapping("/{id}")
    String save(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        Entry entry = entry(id);
        FaqForm form = FaqForm.from(params);
        Draft<FaqContent> draft = form.draft();
        Saved saved = Editors.save(
                draft,
                content -> ContentRules.check(content, editing.references()),
                content -> editing.saveFaq(id, content, editors.author()));
        return switch (saved) {
            case Saved.Stored stored -> "redirect:/verwaltung/katalog/fragen/" + id + "?gespeichert";
            case Saved.Refused refused -> refused(entry, form, draft, refused, model, response);
        };
    }

    /** "Diese Version wieder als Entwurf übernehmen". */
    @PostMapping("/{id}/versionen/{version}/uebernehmen")
    String adopt(@PathVariable UUID id, @PathVariable int version, Model model, HttpServletResponse response) {
        Entry entry = entry(id);
        FaqContent content =
                editing.faqVersion(id, version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        FaqForm form = FaqForm.of(entry.slug(), content);
        return switch (editing.saveFaq(id, content, editors.author())) {
            case Saved.Stored stored -> "redirect:/verwaltung/katalog/fragen/" + id + "?uebernommen=" + version;
            // a service it names is gone: let the editor fix it
            case Saved.Refused refused -> refused(entry, form, form.draft(), refused, model, response);
        };
    }

    private String refused(
            @Nullable Entry entry,
            FaqForm form,
            Draft<FaqContent> draft,
            Saved.Refused refused,
            Model model,
            HttpServletResponse response) {
        BindingResult errors = new BeanPropertyBindingResult(form, FORM);
        Editors.reject(errors, draft.problems(refused.problems()));
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(entry, model);
    }

    private String page(@Nullable Entry entry, Model model) {
        model.addAttribute("section", Section.FAQS);
        model.addAttribute("entry", entry);
        model.addAttribute("status", entry == null ? null : EntryStatus.of(entry));
        model.addAttribute("allServices", editing.entries(EntryKind.SERVICE));
        return "catalog/editing/faq-form";
    }

    private Entry entry(UUID id) {
        return editing.entry(EntryKind.FAQ, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

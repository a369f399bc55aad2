package de.rathaus.catalog.editing;

import de.rathaus.catalog.model.ContentProblem;
import de.rathaus.catalog.model.ContentRules;
import de.rathaus.catalog.model.ServiceContent;
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

/**
 * Writing a service: a new one, a new version of one, or an old version taken up again. Saving
 * always adds a version (a draft); publishing is a separate step on the version's page.
 */
@Controller
@RequestMapping("/verwaltung/katalog/leistungen")
class ServiceEditorController {

    private static final String FORM = "serviceForm";

    private final CatalogEditing editing;
    private final Editors editors;

    ServiceEditorController(CatalogEditing editing, Editors editors) {
        this.editing = editing;
        this.editors = editors;
    }

    @GetMapping("/neu")
    String create(Model model) {
        model.addAttribute(FORM, ServiceForm.blank());
        return page(null, model);
    }

    @PostMapping("/neu")
    String create(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "aktion", defaultValue = "") String action,
            Model model,
            HttpServletResponse response) {
        ServiceForm form = ServiceForm.from(params);
        if (addsRow(form, action, model)) {
            return page(null, model);
        }
        String slug = form.slug() == null ? "" : form.slug().strip();
        Draft<ServiceContent> draft = form.draft();
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
                content -> editing.createService(slug, content, editors.author()));
        return switch (saved) {
            case Saved.Stored stored -> "redirect:/verwaltung/katalog/leistungen/" + stored.id() + "?gespeichert";
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
        ServiceContent content =
                editing.serviceVersion(id, entry.latestVersion()).orElseThrow();
        model.addAttribute(FORM, ServiceForm.of(entry.slug(), content));
        return page(entry, model);
    }

    @PostMapping("/{id}")
    String save(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "aktion", defaultValue = "") String action,
            Model model,
            HttpServletResponse response) {
        Entry entry = entry(id);
        ServiceForm form = ServiceForm.from(params);
        if (addsRow(form, action, model)) {
            return page(entry, model);
        }
        Draft<ServiceContent> draft = form.draft();
        Saved saved = Editors.save(
                draft,
                content -> ContentRules.check(content, editing.references()),
                content -> editing.saveService(id, content, editors.author()));
        return switch (saved) {
            case Saved.Stored stored -> "redirect:/verwaltung/katalog/leistungen/" + id + "?gespeichert";
            case Saved.Refused refused -> refused(entry, form, draft, refused, model, response);
        };
    }

    /** "Diese Version wieder als Entwurf übernehmen": the old version becomes the newest draft. */
    @PostMapping("/{id}/versionen/{version}/uebernehmen")
    String adopt(@PathVariable UUID id, @PathVariable int version, Model model, HttpServletResponse response) {
        Entry entry = entry(id);
        ServiceContent content = editing.serviceVersion(id, version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ServiceForm form = ServiceForm.of(entry.slug(), content);
        return switch (editing.saveService(id, content, editors.author())) {
            case Saved.Stored stored -> "redirect:/verwaltung/katalog/leistungen/" + id + "?uebernommen=" + version;
            // the old version no longer passes (its office is gone): let the editor fix it
            case Saved.Refused refused -> refused(entry, form, form.draft(), refused, model, response);
        };
    }

    private boolean addsRow(ServiceForm form, String action, Model model) {
        switch (action) {
            case "gebuehr" -> model.addAttribute(FORM, form.withExtraFee());
            case "formular" -> model.addAttribute(FORM, form.withExtraForm());
            default -> {
                return false;
            }
        }
        model.addAttribute("addedRow", action);
        return true;
    }

    private String refused(
            @Nullable Entry entry,
            ServiceForm form,
            Draft<ServiceContent> draft,
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
        editors.addChoices(model);
        model.addAttribute("section", Section.SERVICES);
        model.addAttribute("entry", entry);
        model.addAttribute("status", entry == null ? null : EntryStatus.of(entry));
        return "catalog/editing/service-form";
    }

    private Entry entry(UUID id) {
        return editing.entry(EntryKind.SERVICE, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

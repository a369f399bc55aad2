package de.rathaus.forms.journey;

import de.rathaus.forms.definition.AnswerError;
import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.definition.Field;
import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.forms.definition.FormPage;
import de.rathaus.forms.definition.FormRules;
import de.rathaus.forms.draft.Drafts;
import de.rathaus.forms.draft.UploadedFiles;
import de.rathaus.platform.files.FileId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The question pages: one topic per page. Every POST saves what was sent, also with errors, so
 * nothing typed is lost. Repeatable groups and uploads work without JavaScript through the
 * page's submit buttons ({@code aktion}): add an entry, remove one, remove a file, save for later.
 */
@Controller
class QuestionController {

    static final String CHECK = "pruefen";

    private final Journeys journeys;
    private final Drafts drafts;
    private final AnswerReader reader;
    private final ErrorTexts errorTexts;

    QuestionController(Journeys journeys, Drafts drafts, AnswerReader reader, ErrorTexts errorTexts) {
        this.journeys = journeys;
        this.drafts = drafts;
        this.reader = reader;
        this.errorTexts = errorTexts;
    }

    /** "Weiter ausfüllen": the page the citizen was on, or the first one. */
    @GetMapping("/antrag/{key}/{draft}/weiter")
    String resume(@PathVariable String key, @PathVariable String draft, HttpServletRequest request) {
        Journeys.Opened opened = journeys.open(key, draft, request);
        List<FormPage> pages = FormRules.visiblePages(
                opened.form().definition(), opened.draft().answers());
        String current = opened.draft().currentPage();
        boolean visible = pages.stream().anyMatch(page -> page.id().equals(current));
        if (current != null && (visible || current.equals(CHECK))) {
            return "redirect:" + opened.base() + "/" + current;
        }
        return "redirect:" + opened.base() + "/"
                + (pages.isEmpty() ? CHECK : pages.getFirst().id());
    }

    @GetMapping("/antrag/{key}/{draft}/{page}")
    String show(
            @PathVariable String key,
            @PathVariable String draft,
            @PathVariable String page,
            @RequestParam(name = "zurueck", required = false) @Nullable String back,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        Journeys.Opened opened = journeys.open(key, draft, request);
        FormDefinition form = opened.form().definition();
        FormPage formPage = form.page(page).orElseThrow(Journeys::notFound);
        Answers answers = opened.draft().answers();
        if (!visible(form, answers, page)) {
            return "redirect:" + opened.base() + "/weiter";
        }
        return render(opened, formPage, answers, List.of(), back, model, locale);
    }

    @PostMapping("/antrag/{key}/{draft}/{page}")
    String answer(
            @PathVariable String key,
            @PathVariable String draft,
            @PathVariable String page,
            @RequestParam(name = "aktion", defaultValue = "weiter") String action,
            @RequestParam(name = "zurueck", required = false) @Nullable String back,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        Journeys.Opened opened = journeys.open(key, draft, request);
        FormDefinition form = opened.form().definition();
        FormPage formPage = form.page(page).orElseThrow(Journeys::notFound);
        Answers before = opened.draft().answers();
        if (!visible(form, before, page)) {
            return "redirect:" + opened.base() + "/weiter";
        }
        var uploadErrors = new ArrayList<AnswerError>();
        List<Field> shown = FormRules.visibleFields(formPage, before);
        ObjectNode read = reader.read(shown, before.toJson(), request, uploadErrors);
        boolean rerender = applyAction(action, formPage, read);
        Answers answers = Answers.of(read);
        drafts.save(opened.draft().id(), answers, page);
        discardUnused(before, answers);

        if (action.equals("speichern")) {
            return "redirect:" + opened.base() + "/gespeichert";
        }
        if (!uploadErrors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(opened, formPage, answers, uploadErrors, back, model, locale);
        }
        if (rerender) {
            return "redirect:" + opened.base() + "/" + page + (CHECK.equals(back) ? "?zurueck=" + CHECK : "");
        }
        List<AnswerError> errors = FormRules.checkPage(form, formPage, answers, Sending.today());
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(opened, formPage, answers, errors, back, model, locale);
        }
        if (CHECK.equals(back)) {
            return "redirect:" + opened.base() + "/" + CHECK;
        }
        return "redirect:" + opened.base() + "/" + next(form, answers, page);
    }

    /**
     * Carries out a group or file button; true when the page is to be shown again instead of
     * moving on. Paths come from the page's own buttons and are checked against its fields.
     */
    private static boolean applyAction(String action, FormPage page, ObjectNode answers) {
        int colon = action.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String verb = action.substring(0, colon);
        String path = action.substring(colon + 1);
        if (!path.matches("(/[a-z0-9-]+)+") || !startsOnPage(page, path)) {
            return false;
        }
        JsonPointer pointer = JsonPointer.compile(path);
        switch (verb) {
            case "hinzufuegen" -> {
                JsonNode group = answers.at(pointer);
                if (group instanceof ArrayNode entries) {
                    entries.add(JsonNodeFactory.instance.objectNode());
                } else if (group.isMissingNode() && answers.at(pointer.head()) instanceof ObjectNode parent) {
                    ArrayNode entries = parent.putArray(pointer.last().getMatchingProperty());
                    entries.add(JsonNodeFactory.instance.objectNode());
                    entries.add(JsonNodeFactory.instance.objectNode());
                }
            }
            case "entfernen" -> {
                JsonNode parent = answers.at(pointer.head());
                String last = pointer.last().getMatchingProperty();
                if (parent instanceof ArrayNode entries && last.matches("\\d+")) {
                    int index = Integer.parseInt(last);
                    if (index < entries.size()) {
                        entries.remove(index);
                    }
                } else if (parent instanceof ObjectNode object) {
                    object.remove(last);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean startsOnPage(FormPage page, String path) {
        String top = path.substring(1).split("/")[0];
        return page.fields().stream().anyMatch(field -> field.id().equals(top));
    }

    /** Uploads the draft no longer names (replaced or removed) are deleted. */
    private void discardUnused(Answers before, Answers after) {
        Set<FileId> kept = new HashSet<>(UploadedFiles.in(after.toJson()));
        UploadedFiles.in(before.toJson()).stream()
                .filter(file -> !kept.contains(file))
                .forEach(drafts::discardUpload);
    }

    private static boolean visible(FormDefinition form, Answers answers, String page) {
        return FormRules.visiblePages(form, answers).stream()
                .anyMatch(candidate -> candidate.id().equals(page));
    }

    /** The next visible page after this one (with the new answers), or the check page. */
    static String next(FormDefinition form, Answers answers, String page) {
        List<FormPage> pages = FormRules.visiblePages(form, answers);
        List<String> order = form.pages().stream().map(FormPage::id).toList();
        int at = order.indexOf(page);
        return pages.stream()
                .filter(candidate -> order.indexOf(candidate.id()) > at)
                .findFirst()
                .map(FormPage::id)
                .orElse(CHECK);
    }

    /** The visible page before this one, or {@code null} on the first page. */
    static @Nullable String previous(FormDefinition form, Answers answers, String page) {
        List<String> order = form.pages().stream().map(FormPage::id).toList();
        int at = order.indexOf(page);
        List<FormPage> before = FormRules.visiblePages(form, answers).stream()
                .filter(candidate -> order.indexOf(candidate.id()) < at)
                .toList();
        return before.isEmpty() ? null : before.getLast().id();
    }

    private String render(
            Journeys.Opened opened,
            FormPage page,
            Answers answers,
            List<AnswerError> errors,
            @Nullable String back,
            Model model,
            Locale locale) {
        FormDefinition form = opened.form().definition();
        Map<String, List<String>> byPath = errorTexts.byPath(errors, locale);
        String previous = previous(form, answers, page.id());
        model.addAttribute("form", form);
        model.addAttribute("page", page);
        model.addAttribute("base", opened.base());
        model.addAttribute("fields", FieldViews.of(FormRules.visibleFields(page, answers), answers.toJson(), byPath));
        model.addAttribute("errors", errorTexts.summary(form, errors, locale));
        model.addAttribute("returnToCheck", CHECK.equals(back));
        model.addAttribute(
                "backLink",
                CHECK.equals(back)
                        ? opened.base() + "/" + CHECK
                        : previous == null ? "/antrag/" + opened.draft().formKey() : opened.base() + "/" + previous);
        model.addAttribute("multipart", hasUpload(page.fields()));
        return "forms/journey/page";
    }

    private static boolean hasUpload(List<Field> fields) {
        return fields.stream()
                .anyMatch(field ->
                        field.type() == de.rathaus.forms.definition.FieldType.FILE || hasUpload(field.fields()));
    }
}

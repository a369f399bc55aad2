package de.rathaus.forms.journey;

import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.definition.Field;
import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.forms.definition.FormRules;
import de.rathaus.forms.draft.Draft;
import de.rathaus.forms.draft.DraftSummary;
import de.rathaus.forms.draft.Drafts;
import de.rathaus.forms.library.PublishedForm;
import de.rathaus.identity.AccountEmails;
import de.rathaus.identity.SignedInAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The start page of a form ("Was Sie brauchen") and starting a draft. Who may not use the form is
 * told how to sign in (or sign in more strongly) instead of getting the start button.
 */
@Controller
class StartController {

    private final Journeys journeys;
    private final Drafts drafts;
    private final AccountEmails emails;
    private final JourneyLimits limits;
    private final RequestCache requestCache;

    StartController(
            Journeys journeys, Drafts drafts, AccountEmails emails, JourneyLimits limits, RequestCache requestCache) {
        this.journeys = journeys;
        this.drafts = drafts;
        this.emails = emails;
        this.limits = limits;
        this.requestCache = requestCache;
    }

    @GetMapping("/antrag/{key}")
    String start(@PathVariable String key, Model model) {
        PublishedForm form = journeys.form(key);
        FormDefinition definition = form.definition();
        SignedInAccount account = journeys.account().orElse(null);
        boolean admitted = definition.access().admits(account == null ? null : account.trustLevel());
        List<ContinueLink> ownDrafts = account == null || !admitted
                ? List.of()
                : drafts.ofApplicant(account.pseudonym()).stream()
                        .filter(draft -> draft.formKey().equals(key))
                        .map(ContinueLink::of)
                        .toList();
        BigDecimal fee = FormRules.fee(definition, Answers.empty());
        model.addAttribute("form", definition);
        model.addAttribute(
                "intro",
                Arrays.stream(definition.start().intro().split("\\n\\s*\\n"))
                        .map(String::strip)
                        .filter(paragraph -> !paragraph.isEmpty())
                        .toList());
        model.addAttribute("admitted", admitted);
        model.addAttribute("signedIn", account != null);
        model.addAttribute("drafts", ownDrafts);
        model.addAttribute("fee", definition.fee() == null ? null : AnswerDisplay.money(fee));
        return "forms/journey/start";
    }

    /** "Weiter ausfüllen" for a draft, with when it was last saved ("23.11.2026, 14:30"). */
    record ContinueLink(String link, String updated) {

        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

        static ContinueLink of(DraftSummary draft) {
            return new ContinueLink(draft.link(), WHEN.format(draft.updatedAt().atZone(Sending.BERLIN)));
        }
    }

    /** Sends a guest to sign in and back here afterwards. */
    @GetMapping("/antrag/{key}/anmelden")
    String signIn(@PathVariable String key, HttpServletRequest request, HttpServletResponse response) {
        journeys.form(key);
        if (journeys.account().isPresent()) {
            return "redirect:/antrag/" + key;
        }
        requestCache.saveRequest(request, response);
        return "redirect:/anmelden";
    }

    @PostMapping("/antrag/{key}")
    String create(@PathVariable String key, HttpServletRequest request, HttpServletResponse response) {
        PublishedForm form = journeys.form(key);
        journeys.admit(form.definition().access());
        SignedInAccount account = journeys.account().orElse(null);
        Draft draft;
        if (account == null) {
            limits.guestStart(request);
            Drafts.GuestDraft guest = drafts.startForGuest(form);
            GuestCookie.set(response, key, guest.draft().id(), guest.secret(), request.isSecure());
            draft = guest.draft();
        } else {
            draft = drafts.startForApplicant(form, account.pseudonym(), prefill(form.definition(), account));
        }
        return "redirect:" + draft.path();
    }

    /** What the account knows, for the fields that ask for it. */
    private Answers prefill(FormDefinition form, SignedInAccount account) {
        ObjectNode answers = JsonNodeFactory.instance.objectNode();
        for (Field field : form.fields()) {
            if (field.prefill() == Field.Prefill.NAME && !account.displayName().isBlank()) {
                answers.put(field.id(), account.displayName());
            } else if (field.prefill() == Field.Prefill.EMAIL) {
                emails.of(account).ifPresent(email -> answers.put(field.id(), email));
            }
        }
        return Answers.of(answers);
    }
}

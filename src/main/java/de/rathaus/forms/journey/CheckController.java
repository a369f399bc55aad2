package de.rathaus.forms.journey;

import de.rathaus.forms.definition.AnswerError;
import de.rathaus.forms.definition.Answers;
import de.rathaus.forms.definition.FormDefinition;
import de.rathaus.forms.definition.FormPage;
import de.rathaus.forms.definition.FormRules;
import de.rathaus.forms.draft.Drafts;
import de.rathaus.forms.submission.PaymentState;
import de.rathaus.forms.submission.SubmissionView;
import de.rathaus.forms.submission.Submissions;
import de.rathaus.identity.SignedInAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Ihre Angaben prüfen", the declaration with sending, and the confirmation page. A form with a fee
 * goes from the declaration to the payment instead of being sent right away.
 */
@Controller
class CheckController {

    static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Journeys journeys;
    private final Drafts drafts;
    private final AnswerDisplay display;
    private final ErrorTexts errorTexts;
    private final Sending sending;
    private final JourneyLimits limits;
    private final Submissions submissions;

    CheckController(
            Journeys journeys,
            Drafts drafts,
            AnswerDisplay display,
            ErrorTexts errorTexts,
            Sending sending,
            JourneyLimits limits,
            Submissions submissions) {
        this.journeys = journeys;
        this.drafts = drafts;
        this.display = display;
        this.errorTexts = errorTexts;
        this.sending = sending;
        this.limits = limits;
        this.submissions = submissions;
    }

    /** The answers of one page on the check page. */
    record Section(FormPage page, List<AnswerDisplay.Row> rows) {}

    @GetMapping("/antrag/{key}/{draft}/pruefen")
    String check(
            @PathVariable String key,
            @PathVariable String draft,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        Optional<String> sent = sending.redirectIfSent(journeys, draft, request);
        if (sent.isPresent()) {
            return sent.get();
        }
        Journeys.Opened opened = journeys.open(key, draft, request);
        drafts.save(opened.draft().id(), opened.draft().answers(), QuestionController.CHECK);
        return renderCheck(opened, List.of(), model, locale);
    }

    private String renderCheck(Journeys.Opened opened, List<AnswerError> errors, Model model, Locale locale) {
        FormDefinition form = opened.form().definition();
        Answers answers = opened.draft().answers();
        var sections = new ArrayList<Section>();
        for (FormPage page : FormRules.visiblePages(form, answers)) {
            sections.add(new Section(page, display.rows(page, answers, locale)));
        }
        model.addAttribute("form", form);
        model.addAttribute("base", opened.base());
        model.addAttribute("sections", sections);
        model.addAttribute("fee", feeText(form, answers));
        model.addAttribute("errors", checkErrors(opened, errors, locale));
        model.addAttribute("backLink", opened.base() + "/" + lastPage(form, answers));
        return "forms/journey/check";
    }

    /** On the check page an error links to its question page (the inputs are there). */
    private List<ErrorTexts.SummaryItem> checkErrors(Journeys.Opened opened, List<AnswerError> errors, Locale locale) {
        FormDefinition form = opened.form().definition();
        return errors.stream()
                .map(error -> new ErrorTexts.SummaryItem(
                        pageOf(form, opened.draft().answers(), error.path())
                                .map(page -> opened.base() + "/" + page + "?zurueck=pruefen#"
                                        + InputIds.anchor(form, error.path()))
                                .orElse("#inhalt"),
                        errorTexts.text(error, locale)))
                .toList();
    }

    private static Optional<String> pageOf(FormDefinition form, Answers answers, String path) {
        String top = path.length() > 1 ? path.substring(1).split("/")[0] : "";
        return FormRules.visiblePages(form, answers).stream()
                .filter(page ->
                        page.fields().stream().anyMatch(field -> field.id().equals(top)))
                .map(FormPage::id)
                .findFirst();
    }

    private static String lastPage(FormDefinition form, Answers answers) {
        List<FormPage> pages = FormRules.visiblePages(form, answers);
        return pages.isEmpty() ? "weiter" : pages.getLast().id();
    }

    static @Nullable String feeText(FormDefinition form, Answers answers) {
        BigDecimal fee = FormRules.fee(form, answers);
        return fee.signum() > 0 ? AnswerDisplay.money(fee) : null;
    }

    @GetMapping("/antrag/{key}/{draft}/absenden")
    String declaration(
            @PathVariable String key,
            @PathVariable String draft,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        Optional<String> sent = sending.redirectIfSent(journeys, draft, request);
        if (sent.isPresent()) {
            return sent.get();
        }
        Journeys.Opened opened = journeys.open(key, draft, request);
        if (!Sending.problems(opened.form().definition(), opened.draft().answers())
                .isEmpty()) {
            return "redirect:" + opened.base() + "/pruefen";
        }
        return renderDeclaration(opened, opened.draft().guestEmail(), false, List.of(), model);
    }

    @PostMapping("/antrag/{key}/{draft}/absenden")
    String send(
            @PathVariable String key,
            @PathVariable String draft,
            @RequestParam(name = "bestaetigt", required = false) @Nullable String confirmed,
            @RequestParam(name = "email", required = false) @Nullable String email,
            @RequestParam(name = "altcha", required = false) @Nullable String proof,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        Optional<String> sent = sending.redirectIfSent(journeys, draft, request);
        if (sent.isPresent()) {
            return sent.get();
        }
        Journeys.Opened opened = journeys.open(key, draft, request);
        FormDefinition form = opened.form().definition();
        List<AnswerError> problems = Sending.problems(form, opened.draft().answers());
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderCheck(opened, problems, model, locale);
        }
        boolean guest = opened.account() == null;
        String address = email == null ? "" : email.strip();
        var errors = new ArrayList<ErrorTexts.SummaryItem>();
        if (confirmed == null) {
            errors.add(new ErrorTexts.SummaryItem("bestaetigt", text("journey.declaration.required", locale)));
        }
        if (guest
                && !address.isEmpty()
                && (address.length() > MAX_EMAIL_LENGTH
                        || !EMAIL.matcher(address).matches())) {
            errors.add(new ErrorTexts.SummaryItem("email", text("journey.email.invalid", locale)));
        }
        if (errors.isEmpty() && guest && !limits.guestSubmission(request, proof)) {
            errors.add(new ErrorTexts.SummaryItem("bestaetigt", text("journey.proof.rejected", locale)));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderDeclaration(opened, address, confirmed != null, errors, model);
        }
        drafts.declare(opened.draft().id(), guest && !address.isEmpty() ? address : null);
        if (FormRules.fee(form, opened.draft().answers()).signum() > 0) {
            return "redirect:" + opened.base() + "/bezahlen";
        }
        Journeys.Opened declared = journeys.open(key, draft, request);
        return switch (sending.send(declared, new PaymentState.NoFee(), null)) {
            case Sending.Outcome.Sent done -> "redirect:" + done.confirmation();
            case Sending.Outcome.Refused refused -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                yield renderCheck(declared, refused.errors(), model, locale);
            }
        };
    }

    private String renderDeclaration(
            Journeys.Opened opened,
            @Nullable String email,
            boolean confirmed,
            List<ErrorTexts.SummaryItem> errors,
            Model model) {
        FormDefinition form = opened.form().definition();
        model.addAttribute("form", form);
        model.addAttribute("base", opened.base());
        model.addAttribute("guest", opened.account() == null);
        model.addAttribute("email", email == null ? "" : email);
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("errors", errors);
        model.addAttribute("fee", feeText(form, opened.draft().answers()));
        model.addAttribute("proofOfWork", opened.account() == null);
        model.addAttribute(
                "errorFor",
                errors.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                ErrorTexts.SummaryItem::anchor, ErrorTexts.SummaryItem::text, (a, b) -> a)));
        return "forms/journey/declaration";
    }

    @GetMapping("/antrag/eingang/{submission}")
    String confirmation(
            @PathVariable String submission,
            @RequestParam(name = "zugang", required = false) @Nullable String token,
            Model model) {
        UUID id = Journeys.uuid(submission);
        SubmissionView view = submissions.find(id).orElseThrow(Journeys::notFound);
        SignedInAccount account = journeys.account().orElse(null);
        boolean owner =
                view.applicant() != null && account != null && view.applicant().equals(account.pseudonym());
        boolean guestWithToken = token != null && submissions.verifyAccess(id, token);
        if (!owner && !guestWithToken) {
            throw Journeys.notFound();
        }
        model.addAttribute("submission", view);
        model.addAttribute("form", view.form().definition());
        model.addAttribute(
                "receipt",
                "/antrag/eingang/" + id + "/quittung" + (guestWithToken && !owner ? "?zugang=" + token : ""));
        return "forms/journey/confirmation";
    }

    private String text(String key, Locale locale) {
        return errorTexts.message(key, locale);
    }
}

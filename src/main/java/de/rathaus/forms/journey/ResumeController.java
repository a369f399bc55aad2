package de.rathaus.forms.journey;

import de.rathaus.forms.draft.Draft;
import de.rathaus.forms.draft.Drafts;
import de.rathaus.platform.mail.MailOutbox;
import de.rathaus.platform.mail.OutgoingMail;
import de.rathaus.platform.tenancy.CurrentTenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Speichern und später fortsetzen". A signed-in citizen finds the draft in the account. A guest
 * gets a resume link by e-mail: valid for 7 days, usable once, replaced by each new one, and
 * revocable from the mail and from the page. Links in mails open a page with a button, so mail
 * scanners that follow links do not use them up.
 */
@Controller
class ResumeController {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Journeys journeys;
    private final Drafts drafts;
    private final MailOutbox mails;
    private final MessageSource messages;

    ResumeController(Journeys journeys, Drafts drafts, MailOutbox mails, MessageSource messages) {
        this.journeys = journeys;
        this.drafts = drafts;
        this.mails = mails;
        this.messages = messages;
    }

    @GetMapping("/antrag/{key}/{draft}/gespeichert")
    String saved(@PathVariable String key, @PathVariable String draft, HttpServletRequest request, Model model) {
        Journeys.Opened opened = journeys.open(key, draft, request);
        String email = opened.draft().guestEmail();
        return render(opened, email == null ? "" : email, false, null, model);
    }

    @PostMapping("/antrag/{key}/{draft}/gespeichert")
    String sendLink(
            @PathVariable String key,
            @PathVariable String draft,
            @RequestParam(name = "email", defaultValue = "") String email,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        Journeys.Opened opened = journeys.open(key, draft, request);
        if (!opened.draft().ofGuest()) {
            return "redirect:" + opened.base() + "/gespeichert";
        }
        String address = email.strip();
        if (address.isEmpty()
                || address.length() > CheckController.MAX_EMAIL_LENGTH
                || !EMAIL.matcher(address).matches()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String problem = address.isEmpty() ? "journey.resume.email.required" : "journey.email.invalid";
            return render(opened, address, false, messages.getMessage(problem, null, locale), model);
        }
        String token = drafts.newResumeLink(opened.draft().id(), address);
        Draft draftNow = opened.draft();
        String town = CurrentTenant.get().name();
        mails.queue(new OutgoingMail(
                address,
                messages.getMessage("journey.resume.mail.subject", new Object[] {draftNow.formTitle()}, locale),
                messages.getMessage(
                        "journey.resume.mail.text",
                        new Object[] {
                            draftNow.formTitle(),
                            absolute("/antrag/fortsetzen?token=" + token),
                            absolute("/antrag/fortsetzen/ungueltig?token=" + token),
                            town
                        },
                        locale)));
        return render(opened, address, true, null, model);
    }

    /** Revokes the link from the page (the guest still has the cookie). */
    @PostMapping("/antrag/{key}/{draft}/gespeichert/ungueltig")
    String revokeFromPage(@PathVariable String key, @PathVariable String draft, HttpServletRequest request) {
        Journeys.Opened opened = journeys.open(key, draft, request);
        drafts.revokeResumeLink(opened.draft().id());
        return "redirect:" + opened.base() + "/gespeichert?ungueltig";
    }

    private String render(Journeys.Opened opened, String email, boolean linkSent, @Nullable String error, Model model) {
        model.addAttribute("form", opened.form().definition());
        model.addAttribute("base", opened.base());
        model.addAttribute("guest", opened.draft().ofGuest());
        model.addAttribute("email", email);
        model.addAttribute("linkSent", linkSent);
        model.addAttribute(
                "linkOut",
                opened.draft().ofGuest() && drafts.hasResumeLink(opened.draft().id()));
        model.addAttribute("error", error);
        model.addAttribute("lifetimeDays", Drafts.RESUME_LINK_LIFETIME.toDays());
        return "forms/journey/saved";
    }

    @GetMapping("/antrag/fortsetzen")
    String resumePage(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        Optional<Draft> draft = drafts.resumable(token);
        if (draft.isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("token", token);
        model.addAttribute("title", draft.get().formTitle());
        return "forms/journey/resume";
    }

    @PostMapping("/antrag/fortsetzen")
    String resume(
            @RequestParam(defaultValue = "") String token, HttpServletRequest request, HttpServletResponse response) {
        return drafts.resume(token)
                .map(guest -> {
                    Draft draft = guest.draft();
                    GuestCookie.set(response, draft.formKey(), draft.id(), guest.secret(), request.isSecure());
                    return "redirect:" + draft.path();
                })
                .orElseGet(() -> invalid(response));
    }

    @GetMapping("/antrag/fortsetzen/ungueltig")
    String revokePage(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        if (drafts.resumable(token).isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("token", token);
        return "forms/journey/revoke";
    }

    @PostMapping("/antrag/fortsetzen/ungueltig")
    String revoke(@RequestParam(defaultValue = "") String token, HttpServletResponse response) {
        return drafts.revoke(token) ? "forms/journey/revoked" : invalid(response);
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "forms/journey/link-invalid";
    }

    private static String absolute(String pathAndQuery) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + pathAndQuery;
    }
}

package de.rathaus.identity.web;

import de.rathaus.identity.account.EmailAddress;
import de.rathaus.identity.account.Passwords;
import de.rathaus.identity.account.Registration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Konto anlegen": a citizen registers with e-mail address, name and password and confirms the
 * address with the link we send. The confirmation link opens a page with a button, so that mail
 * scanners following links do not use it up.
 */
@Controller
class RegistrationController {

    static final int MAX_NAME_LENGTH = 200;

    record RegistrationForm(
            @Nullable String email,
            @Nullable String name,
            @Nullable String password,
            @Nullable String repeat) {}

    private final Registration registration;
    private final Passwords passwords;

    RegistrationController(Registration registration, Passwords passwords) {
        this.registration = registration;
        this.passwords = passwords;
    }

    @GetMapping("/registrieren")
    String form(Model model) {
        model.addAttribute("registration", new RegistrationForm("", "", "", ""));
        return "identity/register";
    }

    @PostMapping("/registrieren")
    String register(
            @ModelAttribute("registration") RegistrationForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response) {
        String email = Forms.text(form.email());
        String name = Forms.text(form.name());
        if (email.isEmpty()) {
            errors.rejectValue("email", "identity.email.required");
        } else if (!EmailAddress.plausible(email)) {
            errors.rejectValue("email", "identity.email.invalid");
        }
        if (name.isEmpty()) {
            errors.rejectValue("name", "identity.name.required");
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.rejectValue("name", "identity.name.too-long", new Object[] {MAX_NAME_LENGTH}, null);
        }
        Forms.checkNewPassword(passwords, form.password(), form.repeat(), email, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/register";
        }
        registration.register(email, name, Forms.secret(form.password()), request.getRemoteAddr());
        return "redirect:/registrieren/e-mail-gesendet";
    }

    @GetMapping("/registrieren/e-mail-gesendet")
    String mailSent() {
        return "identity/register-sent";
    }

    @GetMapping("/registrieren/bestaetigen")
    String confirmPage(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        if (!registration.confirmationValid(token)) {
            return invalidLink(response);
        }
        model.addAttribute("token", token);
        return "identity/confirm";
    }

    @PostMapping("/registrieren/bestaetigen")
    String confirm(@RequestParam(defaultValue = "") String token, HttpServletResponse response) {
        return registration.confirm(token).map(account -> "identity/confirmed").orElseGet(() -> invalidLink(response));
    }

    static String invalidLink(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "identity/link-invalid";
    }
}

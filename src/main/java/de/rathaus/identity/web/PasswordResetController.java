package de.rathaus.identity.web;

import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.EmailAddress;
import de.rathaus.identity.account.PasswordReset;
import de.rathaus.identity.account.Passwords;
import de.rathaus.identity.account.TokenPurpose;
import de.rathaus.identity.login.LoginThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
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
 * "Passwort vergessen" and the two pages behind an e-mailed link that set a password: the reset
 * link and a new staff member's invitation. The request page never says whether an account exists.
 */
@Controller
class PasswordResetController {

    record ForgottenForm(@Nullable String email) {}

    record SetPasswordForm(
            @Nullable String token,
            @Nullable String password,
            @Nullable String repeat) {}

    private final PasswordReset reset;
    private final Passwords passwords;
    private final LoginThrottle throttle;

    PasswordResetController(PasswordReset reset, Passwords passwords, LoginThrottle throttle) {
        this.reset = reset;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @GetMapping("/passwort-vergessen")
    String forgottenForm(Model model) {
        model.addAttribute("forgotten", new ForgottenForm(""));
        return "identity/password-forgotten";
    }

    @PostMapping("/passwort-vergessen")
    String forgotten(
            @ModelAttribute("forgotten") ForgottenForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response) {
        String email = Forms.text(form.email());
        if (email.isEmpty()) {
            errors.rejectValue("email", "identity.email.required");
        } else if (!EmailAddress.plausible(email)) {
            errors.rejectValue("email", "identity.email.invalid");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/password-forgotten";
        }
        reset.request(email, request.getRemoteAddr());
        return "redirect:/passwort-vergessen/e-mail-gesendet";
    }

    @GetMapping("/passwort-vergessen/e-mail-gesendet")
    String forgottenSent() {
        return "identity/password-forgotten-sent";
    }

    @GetMapping("/passwort-zuruecksetzen")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        return setPasswordForm(TokenPurpose.RESET_PASSWORD, token, model, response);
    }

    @PostMapping("/passwort-zuruecksetzen")
    String resetPassword(
            @ModelAttribute("setPassword") SetPasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        return setPassword(TokenPurpose.RESET_PASSWORD, form, errors, model, response);
    }

    @GetMapping("/einladung")
    String invitationForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        return setPasswordForm(TokenPurpose.INVITATION, token, model, response);
    }

    @PostMapping("/einladung")
    String acceptInvitation(
            @ModelAttribute("setPassword") SetPasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        return setPassword(TokenPurpose.INVITATION, form, errors, model, response);
    }

    private String setPasswordForm(TokenPurpose purpose, String token, Model model, HttpServletResponse response) {
        if (reset.accountFor(token, purpose).isEmpty()) {
            return RegistrationController.invalidLink(response);
        }
        model.addAttribute("setPassword", new SetPasswordForm(token, "", ""));
        model.addAttribute("purpose", purpose);
        return "identity/set-password";
    }

    private String setPassword(
            TokenPurpose purpose,
            SetPasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        String token = Forms.text(form.token());
        Optional<Account> account = reset.accountFor(token, purpose);
        if (account.isEmpty()) {
            return RegistrationController.invalidLink(response);
        }
        Forms.checkNewPassword(
                passwords, form.password(), form.repeat(), account.get().email(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("purpose", purpose);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/set-password";
        }
        Optional<Account> changed = reset.setPassword(token, purpose, Forms.secret(form.password()));
        if (changed.isEmpty()) {
            return RegistrationController.invalidLink(response);
        }
        changed.map(Account::email).ifPresent(throttle::forgiveLoginName);
        model.addAttribute("purpose", purpose);
        return "identity/password-set";
    }
}

package de.rathaus.identity.web;

import de.rathaus.identity.login.PasswordSignIn;
import de.rathaus.identity.login.PasswordSignIn.Attempt;
import de.rathaus.identity.login.SignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** "Anmelden": e-mail address and password. Further steps (second factor) follow on their own pages. */
@Controller
class LoginController {

    static final String VIEW = "identity/login";

    record LoginForm(@Nullable String username, @Nullable String password) {}

    private final PasswordSignIn passwordSignIn;
    private final SignIn signIn;
    private final Clock clock = Clock.systemUTC();

    LoginController(PasswordSignIn passwordSignIn, SignIn signIn) {
        this.passwordSignIn = passwordSignIn;
        this.signIn = signIn;
    }

    @GetMapping("/anmelden")
    String form(Model model) {
        model.addAttribute("login", new LoginForm("", ""));
        return VIEW;
    }

    @PostMapping("/anmelden")
    String signIn(
            @ModelAttribute("login") LoginForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response) {
        String username = Forms.text(form.username());
        String password = Forms.secret(form.password());
        if (username.isEmpty()) {
            errors.rejectValue("username", "identity.login.username.required");
        }
        if (password.isEmpty()) {
            errors.rejectValue("password", "identity.login.password.required");
        }
        if (errors.hasErrors()) {
            return refuse(response, HttpStatus.BAD_REQUEST);
        }
        Attempt attempt = passwordSignIn.attempt(username, password, request.getRemoteAddr());
        return switch (attempt) {
            case Attempt.Verified verified ->
                "redirect:" + signIn.begin(verified.account(), verified.keys(), request, response);
            case Attempt.WrongCredentials wrong -> {
                errors.rejectValue("username", "identity.login.failed");
                yield refuse(response, HttpStatus.BAD_REQUEST);
            }
            case Attempt.Locked locked -> {
                errors.rejectValue(
                        "username", "identity.login.locked", new Object[] {minutesUntil(locked.until())}, null);
                yield refuse(response, HttpStatus.TOO_MANY_REQUESTS);
            }
            case Attempt.NotConfirmed notConfirmed -> {
                errors.rejectValue("username", "identity.login.unconfirmed");
                yield refuse(response, HttpStatus.FORBIDDEN);
            }
            case Attempt.Deactivated deactivated -> {
                errors.rejectValue("username", "identity.login.deactivated");
                yield refuse(response, HttpStatus.FORBIDDEN);
            }
        };
    }

    private long minutesUntil(Instant until) {
        long seconds = Math.max(Duration.between(clock.instant(), until).toSeconds(), 1);
        return (seconds + 59) / 60;
    }

    private static String refuse(HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        return VIEW;
    }
}

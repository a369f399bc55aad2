package de.rathaus.identity.web;

import de.rathaus.identity.AccountKind;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountAudit;
import de.rathaus.identity.account.PasswordChange;
import de.rathaus.identity.account.Passwords;
import de.rathaus.identity.login.Base32;
import de.rathaus.identity.login.PendingLogin;
import de.rathaus.identity.login.QrCode;
import de.rathaus.identity.login.SignIn;
import de.rathaus.identity.login.SignInStep;
import de.rathaus.identity.login.Totp;
import de.rathaus.platform.tenancy.CurrentTenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The steps between password and session: the one-time code, setting up the authenticator app,
 * replacing a password someone else chose. Each page works only for the step the sign-in is at.
 */
@Controller
class SignInStepsController {

    record CodeForm(@Nullable String code) {}

    record NewPasswordForm(
            @Nullable String password, @Nullable String repeat) {}

    private final SignIn signIn;
    private final Passwords passwords;
    private final PasswordChange passwordChange;
    private final AccountAudit audit;
    private final Clock clock = Clock.systemUTC();

    SignInStepsController(SignIn signIn, Passwords passwords, PasswordChange passwordChange, AccountAudit audit) {
        this.signIn = signIn;
        this.passwords = passwords;
        this.passwordChange = passwordChange;
        this.audit = audit;
    }

    @GetMapping("/anmelden/code")
    String codeForm(HttpServletRequest request, Model model) {
        return atStep(SignInStep.SECOND_FACTOR, request, (pending) -> {
            model.addAttribute("codeForm", new CodeForm(""));
            return "identity/second-factor";
        });
    }

    @PostMapping("/anmelden/code")
    String verifyCode(
            @ModelAttribute("codeForm") CodeForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response) {
        return atStep(SignInStep.SECOND_FACTOR, request, pending -> {
            Account account = signIn.accountOf(pending);
            byte[] secret = Base32.decode(Objects.requireNonNull(account.totpSecret()));
            OptionalLong step = Totp.verify(secret, Forms.text(form.code()), clock.instant());
            if (step.isPresent() && signIn.scopeOf(pending).acceptSecondFactorStep(account.id(), step.getAsLong())) {
                return "redirect:" + signIn.proceed(pending.withSecondFactorVerified(), request, response);
            }
            return lockedAfterWrongCode(pending, errors, request, response)
                    ? "redirect:/anmelden?gesperrt"
                    : "identity/second-factor";
        });
    }

    @GetMapping("/anmelden/zweiter-faktor")
    String enrolForm(HttpServletRequest request, Model model) {
        return atStep(SignInStep.ENROL_SECOND_FACTOR, request, pending -> {
            model.addAttribute("codeForm", new CodeForm(""));
            return showEnrolment(withSecret(pending, request), model);
        });
    }

    @PostMapping("/anmelden/zweiter-faktor")
    String enrol(
            @ModelAttribute("codeForm") CodeForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return atStep(SignInStep.ENROL_SECOND_FACTOR, request, pending -> {
            PendingLogin withSecret = withSecret(pending, request);
            String secret = Objects.requireNonNull(withSecret.enrolmentSecret());
            OptionalLong step = Totp.verify(Base32.decode(secret), Forms.text(form.code()), clock.instant());
            if (step.isPresent()) {
                Account account = signIn.accountOf(pending);
                signIn.scopeOf(pending).enableSecondFactor(account.id(), secret, step.getAsLong());
                audit.record(account, "second-factor.enrolled", Map.of("method", "totp"));
                return "redirect:" + signIn.proceed(withSecret.withSecondFactorVerified(), request, response);
            }
            return lockedAfterWrongCode(withSecret, errors, request, response)
                    ? "redirect:/anmelden?gesperrt"
                    : showEnrolment(withSecret, model);
        });
    }

    @GetMapping("/anmelden/neues-passwort")
    String newPasswordForm(HttpServletRequest request, Model model) {
        return atStep(SignInStep.NEW_PASSWORD, request, pending -> {
            model.addAttribute("passwordForm", new NewPasswordForm("", ""));
            return "identity/new-password";
        });
    }

    @PostMapping("/anmelden/neues-passwort")
    String newPassword(
            @ModelAttribute("passwordForm") NewPasswordForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response) {
        return atStep(SignInStep.NEW_PASSWORD, request, pending -> {
            Account account = signIn.accountOf(pending);
            Forms.checkNewPassword(passwords, form.password(), form.repeat(), account.email(), errors);
            if (!errors.hasErrors() && passwords.matches(Forms.secret(form.password()), account.passwordHash())) {
                errors.rejectValue("password", "identity.password.unchanged");
            }
            if (errors.hasErrors()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return "identity/new-password";
            }
            passwordChange.replaceInitial(signIn.scopeOf(pending), account.id(), Forms.secret(form.password()));
            return "redirect:" + signIn.proceed(pending, request, response);
        });
    }

    /** Runs the page if the sign-in is at this step; otherwise sends the browser where it belongs. */
    private String atStep(SignInStep expected, HttpServletRequest request, Function<PendingLogin, String> page) {
        Optional<PendingLogin> pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/anmelden";
        }
        Optional<SignInStep> step = signIn.nextStep(pending.get(), signIn.accountOf(pending.get()));
        if (step.isEmpty() || step.get() != expected) {
            return "redirect:" + step.map(SignInStep::path).orElse("/anmelden");
        }
        return page.apply(pending.get());
    }

    /** Counts a wrong code; true if the sign-in is now locked, otherwise the form shows the error. */
    private boolean lockedAfterWrongCode(
            PendingLogin pending, BindingResult errors, HttpServletRequest request, HttpServletResponse response) {
        if (signIn.recordFailedStep(pending, request)) {
            return true;
        }
        errors.rejectValue("code", "identity.code.wrong");
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return false;
    }

    private PendingLogin withSecret(PendingLogin pending, HttpServletRequest request) {
        if (pending.enrolmentSecret() != null) {
            return pending;
        }
        PendingLogin withSecret = pending.withEnrolmentSecret(Base32.encodeUnpadded(Totp.newSecret()));
        signIn.remember(withSecret, request);
        return withSecret;
    }

    private String showEnrolment(PendingLogin pending, Model model) {
        Account account = signIn.accountOf(pending);
        String secret = Objects.requireNonNull(pending.enrolmentSecret());
        model.addAttribute("secretGroups", String.join(" ", secret.split("(?<=\\G.{4})")));
        // operators belong to the installation, not to the town whose host they happen to use
        String issuer = account.kind() == AccountKind.OPERATOR
                ? "Rathaus"
                : "Rathaus " + CurrentTenant.get().name();
        String otpauthUri = Totp.uri(issuer, account.requireEmail(), secret);
        model.addAttribute("otpauthUri", otpauthUri);
        model.addAttribute("qrCode", QrCode.svgDataUri(otpauthUri));
        return "identity/enrol-second-factor";
    }
}

package de.rathaus.identity.web;

import de.rathaus.identity.AccountKind;
import de.rathaus.identity.AccountSection;
import de.rathaus.identity.SignedInAccount;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountDeletion;
import de.rathaus.identity.account.Accounts;
import de.rathaus.identity.account.ExternalIdentities;
import de.rathaus.identity.account.PasswordChange;
import de.rathaus.identity.account.Passwords;
import de.rathaus.identity.login.AccountPrincipal;
import de.rathaus.platform.tenancy.Offices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** "Mein Konto": the account's details, changing the password, and (for citizens) deleting the account. */
@Controller
class AccountController {

    record ChangePasswordForm(
            @Nullable String current,
            @Nullable String password,
            @Nullable String repeat) {}

    /** The password confirms the deletion; an account without one (signed in elsewhere) ticks a box instead. */
    record DeleteForm(@Nullable String password, @Nullable String confirm) {}

    /** A section other modules contribute, as the template shows it: where its markup is and what it shows now. */
    record RenderedSection(String fragment, Map<String, Object> model) {}

    private final Accounts accounts;
    private final Passwords passwords;
    private final PasswordChange passwordChange;
    private final AccountDeletion deletion;
    private final Offices offices;
    private final ExternalIdentities externalIdentities;
    private final List<AccountSection> sections;

    AccountController(
            Accounts accounts,
            Passwords passwords,
            PasswordChange passwordChange,
            AccountDeletion deletion,
            Offices offices,
            ExternalIdentities externalIdentities,
            List<AccountSection> sections) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.passwordChange = passwordChange;
        this.deletion = deletion;
        this.offices = offices;
        this.externalIdentities = externalIdentities;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(AccountSection::order))
                .toList();
    }

    @GetMapping("/konto")
    String overview(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        model.addAttribute("details", account(principal));
        model.addAttribute("principal", principal);
        model.addAttribute("grants", RoleView.of(principal.grants(), offices));
        model.addAttribute("directoryManaged", externalIdentities.managedByDirectory(principal.accountId()));
        SignedInAccount account = principal.toSignedInAccount();
        model.addAttribute(
                "sections",
                sections.stream()
                        .filter(section -> section.appliesTo(account))
                        .map(section -> new RenderedSection(section.fragment(), section.model(account)))
                        .toList());
        return "identity/account";
    }

    @GetMapping("/konto/passwort")
    String changePasswordForm(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        if (externalIdentities.managedByDirectory(principal.accountId())) {
            // the directory decides this password; a password set here would never be used
            return "redirect:/konto";
        }
        model.addAttribute("change", new ChangePasswordForm("", "", ""));
        return "identity/change-password";
    }

    @PostMapping("/konto/passwort")
    String changePassword(
            @AuthenticationPrincipal AccountPrincipal principal,
            @ModelAttribute("change") ChangePasswordForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (externalIdentities.managedByDirectory(principal.accountId())) {
            return "redirect:/konto";
        }
        Account account = account(principal);
        if (!passwordChange.currentPasswordMatches(account, Forms.secret(form.current()))) {
            errors.rejectValue("current", "identity.password.current.wrong");
        }
        Forms.checkNewPassword(passwords, form.password(), form.repeat(), account.email(), errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/change-password";
        }
        passwordChange.change(
                accounts.scopedTo(principal.tenantId()),
                account,
                Forms.secret(form.password()),
                request.getSession().getId());
        return "redirect:/konto?passwort-geaendert";
    }

    @GetMapping("/konto/loeschen")
    String deleteForm(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        citizenOnly(principal);
        model.addAttribute("deletion", new DeleteForm("", null));
        model.addAttribute("hasPassword", account(principal).passwordHash() != null);
        return "identity/delete";
    }

    @PostMapping("/konto/loeschen")
    String delete(
            @AuthenticationPrincipal AccountPrincipal principal,
            @ModelAttribute("deletion") DeleteForm form,
            BindingResult errors,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        citizenOnly(principal);
        Account account = account(principal);
        boolean hasPassword = account.passwordHash() != null;
        if (hasPassword && !passwords.matches(Forms.secret(form.password()), account.passwordHash())) {
            errors.rejectValue("password", "identity.password.current.wrong");
        } else if (!hasPassword && !"ja".equals(form.confirm())) {
            errors.rejectValue("confirm", "identity.delete.confirm.required");
        }
        if (errors.hasErrors()) {
            model.addAttribute("hasPassword", hasPassword);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/delete";
        }
        deletion.delete(account);
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/konto-geloescht";
    }

    @GetMapping("/konto-geloescht")
    String deleted() {
        return "identity/deleted";
    }

    private Account account(AccountPrincipal principal) {
        return accounts.scopedTo(principal.tenantId()).require(principal.accountId());
    }

    private static void citizenOnly(AccountPrincipal principal) {
        if (principal.kind() != AccountKind.CITIZEN) {
            // staff accounts are deactivated by the town's administration, so their actions stay attributable
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}

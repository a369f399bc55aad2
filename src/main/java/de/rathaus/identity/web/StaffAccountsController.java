package de.rathaus.identity.web;

import de.rathaus.identity.Role;
import de.rathaus.identity.RoleGrant;
import de.rathaus.identity.account.Account;
import de.rathaus.identity.account.AccountStatus;
import de.rathaus.identity.account.EmailAddress;
import de.rathaus.identity.account.ExternalIdentities;
import de.rathaus.identity.login.AccountPrincipal;
import de.rathaus.identity.staff.AddressTakenException;
import de.rathaus.identity.staff.StaffAdministration;
import de.rathaus.identity.staff.StaffMember;
import de.rathaus.platform.tenancy.Office;
import de.rathaus.platform.tenancy.Offices;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Mitarbeitende und Rollen" for the town's administrator ({@code TENANT_ADMIN}, enforced by the
 * security configuration): list, invite, grant and revoke roles, block, reset a second factor.
 * Administrators change their own account only under "Mein Konto", so nobody locks themselves out.
 */
@Controller
@RequestMapping("/verwaltung/konten")
class StaffAccountsController {

    static final int MAX_NAME_LENGTH = 200;

    record InviteForm(
            @Nullable String email,
            @Nullable String name,
            @Nullable String role,
            @Nullable String office) {}

    record GrantForm(@Nullable String role, @Nullable String office) {}

    private final StaffAdministration administration;
    private final Offices offices;
    private final ExternalIdentities externalIdentities;

    StaffAccountsController(
            StaffAdministration administration, Offices offices, ExternalIdentities externalIdentities) {
        this.externalIdentities = externalIdentities;
        this.administration = administration;
        this.offices = offices;
    }

    @ModelAttribute("staffArea")
    boolean staffArea() {
        return true;
    }

    @ModelAttribute("roles")
    List<Role> roles() {
        return Role.staffRoles();
    }

    @ModelAttribute("offices")
    List<Office> officeChoices() {
        return offices.all();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute(
                "members", administration.staff().stream().map(this::view).toList());
        return "identity/staff-list";
    }

    @GetMapping("/neu")
    String inviteForm(Model model) {
        model.addAttribute("invite", new InviteForm("", "", Role.CLERK.name(), ""));
        return "identity/staff-new";
    }

    @PostMapping("/neu")
    String invite(@ModelAttribute("invite") InviteForm form, BindingResult errors, HttpServletResponse response) {
        String email = Forms.text(form.email());
        String name = Forms.text(form.name());
        if (email.isEmpty()) {
            errors.rejectValue("email", "identity.admin.email.required");
        } else if (!EmailAddress.plausible(email)) {
            errors.rejectValue("email", "identity.email.invalid");
        }
        if (name.isEmpty()) {
            errors.rejectValue("name", "identity.admin.name.required");
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.rejectValue("name", "identity.name.too-long", new Object[] {MAX_NAME_LENGTH}, null);
        }
        Optional<RoleGrant> grant = GrantInput.parse(form.role(), form.office(), offices, errors);
        if (!errors.hasErrors() && grant.isPresent()) {
            try {
                Account account = administration.invite(email, name, grant.get());
                return "redirect:/verwaltung/konten/" + account.id() + "?eingeladen";
            } catch (AddressTakenException e) {
                errors.rejectValue("email", "identity.admin.email.taken");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "identity/staff-new";
    }

    @GetMapping("/{id}")
    String member(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal admin, Model model) {
        model.addAttribute("grantForm", new GrantForm("", ""));
        return showMember(member(id), admin, model);
    }

    @PostMapping("/{id}/rollen")
    String grant(
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal admin,
            @ModelAttribute("grantForm") GrantForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        StaffMember member = changeable(id, admin);
        Optional<RoleGrant> grant = GrantInput.parse(form.role(), form.office(), offices, errors);
        if (grant.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showMember(member, admin, model);
        }
        administration.grant(member.account(), grant.get());
        return "redirect:/verwaltung/konten/" + id + "?geaendert";
    }

    @PostMapping("/{id}/rollen/entfernen")
    String revoke(
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal admin,
            @ModelAttribute("grantForm") GrantForm form,
            BindingResult errors) {
        StaffMember member = changeable(id, admin);
        RoleGrant grant = GrantInput.parse(form.role(), form.office(), offices, errors)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        administration.revoke(member.account(), grant);
        return "redirect:/verwaltung/konten/" + id + "?geaendert";
    }

    @PostMapping("/{id}/sperren")
    String deactivate(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal admin) {
        administration.deactivate(changeable(id, admin).account());
        return "redirect:/verwaltung/konten/" + id + "?geaendert";
    }

    @PostMapping("/{id}/entsperren")
    String reactivate(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal admin) {
        StaffMember member = changeable(id, admin);
        if (member.account().status() != AccountStatus.DEACTIVATED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        administration.reactivate(member.account());
        return "redirect:/verwaltung/konten/" + id + "?geaendert";
    }

    @PostMapping("/{id}/zweiter-faktor")
    String resetSecondFactor(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal admin) {
        administration.resetSecondFactor(changeable(id, admin).account());
        return "redirect:/verwaltung/konten/" + id + "?geaendert";
    }

    @PostMapping("/{id}/einladung")
    String resendInvitation(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal admin) {
        StaffMember member = changeable(id, admin);
        if (member.account().status() != AccountStatus.PENDING) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        administration.resendInvitation(member.account());
        return "redirect:/verwaltung/konten/" + id + "?eingeladen";
    }

    /** A member as the pages show it: the roles with the offices' names. */
    record MemberView(Account account, List<RoleView> roles) {}

    private MemberView view(StaffMember member) {
        return new MemberView(member.account(), RoleView.of(member.grants(), offices));
    }

    private String showMember(StaffMember member, AccountPrincipal admin, Model model) {
        model.addAttribute("member", view(member));
        model.addAttribute("self", member.account().id().equals(admin.accountId()));
        model.addAttribute(
                "directoryManaged",
                externalIdentities.managedByDirectory(member.account().id()));
        return "identity/staff-member";
    }

    private StaffMember member(UUID id) {
        return administration.member(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private StaffMember changeable(UUID id, AccountPrincipal admin) {
        StaffMember member = member(id);
        if (member.account().id().equals(admin.accountId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return member;
    }
}

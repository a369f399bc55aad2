package de.rathaus.identity.web;

import de.rathaus.identity.account.EmailAddress;
import de.rathaus.identity.staff.TownOnboarding;
import de.rathaus.platform.tenancy.NewTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Betrieb": the operator's pages ({@code OPERATOR}, enforced by the security configuration). The
 * operator sees the towns and their host names, and registers new towns; no personal data.
 */
@Controller
@RequestMapping("/betrieb")
class OperatorController {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$");
    private static final Pattern HOST = Pattern.compile(
            "^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$");
    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final int MAX_TEXT = 200;

    /** A town on the overview: no personal data, only what routes requests to it. */
    record TownView(Tenant town, List<String> hosts) {}

    record TownForm(
            @Nullable String name,
            @Nullable String slug,
            @Nullable String host,
            @Nullable String accentColour,
            @Nullable String address,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String representedBy,
            @Nullable String adminEmail,
            @Nullable String adminName) {}

    private final Tenants tenants;
    private final TownOnboarding onboarding;

    OperatorController(Tenants tenants, TownOnboarding onboarding) {
        this.tenants = tenants;
        this.onboarding = onboarding;
    }

    @ModelAttribute("staffArea")
    boolean staffArea() {
        return true;
    }

    @GetMapping
    String towns(Model model) {
        model.addAttribute(
                "towns",
                tenants.all().stream()
                        .map(town -> new TownView(town, tenants.hostsOf(town.id())))
                        .toList());
        return "identity/operator-towns";
    }

    @GetMapping("/gemeinden/neu")
    String newTownForm(Model model) {
        model.addAttribute("town", new TownForm("", "", "", "#005ea5", "", "", "", "", "", ""));
        return "identity/operator-town-new";
    }

    @PostMapping("/gemeinden/neu")
    String newTown(@ModelAttribute("town") TownForm form, BindingResult errors, HttpServletResponse response) {
        String name = Forms.text(form.name());
        String slug = Forms.text(form.slug()).toLowerCase(Locale.ROOT);
        String host = Forms.text(form.host()).toLowerCase(Locale.ROOT);
        String colour = Forms.text(form.accentColour());
        String adminEmail = Forms.text(form.adminEmail());
        String adminName = Forms.text(form.adminName());
        required(name, "name", errors);
        if (!SLUG.matcher(slug).matches()) {
            errors.rejectValue("slug", "identity.operator.slug.invalid");
        } else if (onboarding.slugTaken(slug)) {
            errors.rejectValue("slug", "identity.operator.slug.taken");
        }
        if (!HOST.matcher(host).matches()) {
            errors.rejectValue("host", "identity.operator.host.invalid");
        } else if (onboarding.hostTaken(host)) {
            errors.rejectValue("host", "identity.operator.host.taken");
        }
        if (!COLOUR.matcher(colour).matches()) {
            errors.rejectValue("accentColour", "identity.operator.colour.invalid");
        }
        var contact = List.of(
                Map.entry("address", Forms.text(form.address())),
                Map.entry("email", Forms.text(form.email())),
                Map.entry("phone", Forms.text(form.phone())),
                Map.entry("representedBy", Forms.text(form.representedBy())));
        contact.stream()
                .filter(field -> field.getValue().length() > MAX_TEXT)
                .forEach(field -> errors.rejectValue(
                        field.getKey(), "identity.operator.text.too-long", new Object[] {MAX_TEXT}, null));
        if (!Forms.text(form.email()).isEmpty() && !EmailAddress.plausible(Forms.text(form.email()))) {
            errors.rejectValue("email", "identity.email.invalid");
        }
        if (!EmailAddress.plausible(adminEmail)) {
            errors.rejectValue(
                    "adminEmail", adminEmail.isEmpty() ? "identity.admin.email.required" : "identity.email.invalid");
        }
        required(adminName, "adminName", errors);
        if (!errors.hasErrors()) {
            var town = new NewTenant(
                    slug,
                    name,
                    colour.toLowerCase(Locale.ROOT),
                    false,
                    List.of(host),
                    Forms.text(form.address()),
                    Forms.text(form.email()),
                    Forms.text(form.phone()),
                    Forms.text(form.representedBy()));
            try {
                onboarding.register(town, adminEmail, adminName);
                return "redirect:/betrieb?angelegt";
            } catch (TownOnboarding.ColourRefusedException e) {
                errors.rejectValue("accentColour", "identity.operator.colour.contrast");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "identity/operator-town-new";
    }

    private static void required(String value, String field, BindingResult errors) {
        if (value.isEmpty()) {
            errors.rejectValue(field, "identity.operator." + field + ".required");
        } else if (value.length() > MAX_TEXT) {
            errors.rejectValue(field, "identity.operator.text.too-long", new Object[] {MAX_TEXT}, null);
        }
    }
}

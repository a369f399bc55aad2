package de.rathaus.catalog.settings;

import de.rathaus.catalog.model.ContentProblem;
import de.rathaus.catalog.model.ContentRules;
import de.rathaus.catalog.model.OfficeData;
import de.rathaus.catalog.model.OpeningHours;
import de.rathaus.catalog.store.Location;
import de.rathaus.catalog.store.Locations;
import de.rathaus.catalog.store.OfficeProfile;
import de.rathaus.catalog.store.OfficeProfiles;
import de.rathaus.platform.tenancy.Office;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** Staff pages for the offices' public profiles. */
@Controller
@RequestMapping("/verwaltung/katalog")
class OfficeSettingsController {

    private final OfficeProfiles offices;
    private final Locations locations;
    private final CatalogSettings settings;

    OfficeSettingsController(OfficeProfiles offices, Locations locations, CatalogSettings settings) {
        this.offices = offices;
        this.locations = locations;
        this.settings = settings;
    }

    @GetMapping("/aemter")
    String offices(Model model) {
        model.addAttribute("offices", offices.all());
        return "catalog/settings/offices";
    }

    @GetMapping("/aemter/{slug}")
    String office(@PathVariable String slug, Model model) {
        OfficeProfile profile = profile(slug);
        Office office = profile.office();
        model.addAttribute(
                "officeForm",
                new OfficeForm(
                        office.name(),
                        office.email(),
                        office.phone(),
                        profile.description(),
                        profile.postalAddress(),
                        OpeningHoursText.format(profile.openingHours()),
                        profile.openingNote(),
                        profile.locations().stream().map(Location::slug).toList()));
        return officePage(profile, model);
    }

    @PostMapping("/aemter/{slug}")
    String saveOffice(
            @PathVariable String slug,
            @ModelAttribute("officeForm") OfficeForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        OfficeProfile profile = profile(slug);
        Parsed<OpeningHours> hours = OpeningHoursText.parse(Objects.requireNonNullElse(form.openingHours(), ""));
        SettingsForms.lineErrors(errors, "openingHours", hours);
        OfficeData data = new OfficeData(
                slug,
                SettingsForms.text(form.name()),
                form.email(),
                form.phone(),
                SettingsForms.text(form.description()),
                SettingsForms.text(form.postalAddress()),
                hours.values(),
                SettingsForms.text(form.openingNote()),
                form.locations() == null ? List.of() : form.locations());
        for (ContentProblem problem :
                ContentRules.check(data, s -> locations.bySlug(s).isPresent())) {
            String field = problem.field().startsWith("locations") ? "locations" : problem.field();
            if (!field.startsWith("openingHours") && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, problem.code());
            }
        }
        if (form.email() != null
                && !form.email().isBlank()
                && !form.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.rejectValue("email", "catalog.settings.email.invalid");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return officePage(profile, model);
        }
        settings.saveOffice(data);
        return "redirect:/verwaltung/katalog/aemter/" + slug + "?gespeichert";
    }

    @GetMapping("/aemter/neu")
    String newOffice(Model model) {
        model.addAttribute("newOfficeForm", new NewOfficeForm("", ""));
        return "catalog/settings/office-new";
    }

    @PostMapping("/aemter/neu")
    String createOffice(
            @ModelAttribute("newOfficeForm") NewOfficeForm form, BindingResult errors, HttpServletResponse response) {
        String slug = SettingsForms.text(form.slug());
        if (!ContentRules.isSlug(slug)) {
            errors.rejectValue("slug", "catalog.invalid.slug");
        } else if (slug.equals("neu") || offices.bySlug(slug).isPresent()) {
            errors.rejectValue("slug", "catalog.invalid.slug-taken");
        }
        if (SettingsForms.text(form.name()).isBlank()
                || SettingsForms.text(form.name()).length() > ContentRules.MAX_NAME) {
            errors.rejectValue("name", "catalog.invalid.required");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "catalog/settings/office-new";
        }
        settings.saveOffice(new OfficeData(
                slug, SettingsForms.text(form.name()).strip(), null, null, "", "", List.of(), "", List.of()));
        return "redirect:/verwaltung/katalog/aemter/" + slug;
    }

    private OfficeProfile profile(String slug) {
        return offices.bySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private String officePage(OfficeProfile profile, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("allLocations", locations.all());
        return "catalog/settings/office";
    }
}

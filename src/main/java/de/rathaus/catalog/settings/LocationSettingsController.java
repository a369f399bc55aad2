package de.rathaus.catalog.settings;

import de.rathaus.catalog.model.ContentProblem;
import de.rathaus.catalog.model.ContentRules;
import de.rathaus.catalog.model.LocationData;
import de.rathaus.catalog.store.Locations;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Staff pages for the locations where the town serves citizens. */
@Controller
@RequestMapping("/verwaltung/katalog")
class LocationSettingsController {

    private final Locations locations;
    private final CatalogSettings settings;

    LocationSettingsController(Locations locations, CatalogSettings settings) {
        this.locations = locations;
        this.settings = settings;
    }

    @GetMapping("/standorte")
    String locations(Model model) {
        model.addAttribute("locations", locations.all());
        return "catalog/settings/locations";
    }

    @GetMapping("/standorte/neu")
    String newLocation(Model model) {
        model.addAttribute("locationForm", new LocationForm("", "", "", "", "", null, "", ""));
        model.addAttribute("creating", true);
        return "catalog/settings/location";
    }

    @GetMapping("/standorte/{slug}")
    String location(@PathVariable String slug, Model model) {
        LocationData data =
                locations.bySlug(slug).orElseThrow(SettingsForms::notFound).data();
        model.addAttribute(
                "locationForm",
                new LocationForm(
                        data.slug(),
                        data.name(),
                        data.street(),
                        data.postalCode(),
                        data.city(),
                        String.valueOf(data.stepFree()),
                        data.accessibility(),
                        data.publicTransport()));
        model.addAttribute("creating", false);
        return "catalog/settings/location";
    }

    @PostMapping("/standorte/neu")
    String createLocation(
            @ModelAttribute("locationForm") LocationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        String slug = SettingsForms.text(form.slug());
        if (ContentRules.isSlug(slug)
                && (slug.equals("neu") || locations.bySlug(slug).isPresent())) {
            errors.rejectValue("slug", "catalog.invalid.slug-taken");
        }
        return saveLocation(slug, form, errors, model, response, true);
    }

    @PostMapping("/standorte/{slug}")
    String updateLocation(
            @PathVariable String slug,
            @ModelAttribute("locationForm") LocationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        locations.bySlug(slug).orElseThrow(SettingsForms::notFound);
        return saveLocation(slug, form, errors, model, response, false);
    }

    private String saveLocation(
            String slug,
            LocationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            boolean creating) {
        LocationData data = new LocationData(
                slug,
                SettingsForms.text(form.name()),
                SettingsForms.text(form.street()),
                SettingsForms.text(form.postalCode()),
                SettingsForms.text(form.city()),
                form.isStepFree(),
                SettingsForms.text(form.accessibility()),
                SettingsForms.text(form.publicTransport()));
        for (ContentProblem problem : ContentRules.check(data)) {
            if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.code());
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("creating", creating);
            return "catalog/settings/location";
        }
        settings.saveLocation(data);
        return "redirect:/verwaltung/katalog/standorte/" + slug + "?gespeichert";
    }
}

package de.rathaus.catalog.settings;

import de.rathaus.catalog.model.ContentProblem;
import de.rathaus.catalog.model.ContentRules;
import de.rathaus.catalog.model.FederalState;
import de.rathaus.catalog.model.LocalHoliday;
import de.rathaus.catalog.model.OfficeData;
import de.rathaus.catalog.model.OpeningHours;
import de.rathaus.catalog.store.Holidays;
import de.rathaus.catalog.store.Location;
import de.rathaus.catalog.store.Locations;
import de.rathaus.catalog.store.OfficeProfile;
import de.rathaus.catalog.store.OfficeProfiles;
import de.rathaus.platform.tenancy.Office;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** Staff pages for the offices' public profiles and the town's holidays. */
@Controller
@RequestMapping("/verwaltung/katalog")
class CatalogSettingsController {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Holidays holidays;
    private final OfficeProfiles offices;
    private final Locations locations;
    private final CatalogSettings settings;

    CatalogSettingsController(
            Holidays holidays, OfficeProfiles offices, Locations locations, CatalogSettings settings) {
        this.holidays = holidays;
        this.offices = offices;
        this.locations = locations;
        this.settings = settings;
    }

    @GetMapping("/feiertage")
    String holidays(Model model) {
        model.addAttribute(
                "holidayForm",
                new HolidayForm(holidays.federalState().name(), LocalHolidaysText.format(holidays.local())));
        return holidayPage(model);
    }

    @PostMapping("/feiertage")
    String saveHolidays(
            @ModelAttribute("holidayForm") HolidayForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        FederalState state = Arrays.stream(FederalState.values())
                .filter(s -> s.name().equals(form.federalState()))
                .findFirst()
                .orElse(null);
        if (state == null) {
            errors.rejectValue("federalState", "catalog.settings.state.required");
        }
        Parsed<LocalHoliday> local = LocalHolidaysText.parse(Objects.requireNonNullElse(form.localHolidays(), ""));
        lineErrors(errors, "localHolidays", local);
        if (errors.hasErrors() || state == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return holidayPage(model);
        }
        settings.saveHolidays(state, local.values());
        return "redirect:/verwaltung/katalog/feiertage?gespeichert";
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
        lineErrors(errors, "openingHours", hours);
        OfficeData data = new OfficeData(
                slug,
                text(form.name()),
                form.email(),
                form.phone(),
                text(form.description()),
                text(form.postalAddress()),
                hours.values(),
                text(form.openingNote()),
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

    private OfficeProfile profile(String slug) {
        return offices.bySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private String holidayPage(Model model) {
        int year = LocalDate.now(BERLIN).getYear();
        model.addAttribute("states", FederalState.values());
        model.addAttribute("year", year);
        model.addAttribute("thisYear", holidays.inYear(year));
        model.addAttribute("nextYear", holidays.inYear(year + 1));
        return "catalog/settings/holidays";
    }

    private String officePage(OfficeProfile profile, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("allLocations", locations.all());
        return "catalog/settings/office";
    }

    /** Each unreadable line becomes "Zeile 3: …" on the field. */
    private static void lineErrors(BindingResult errors, String field, Parsed<?> parsed) {
        for (LineProblem problem : parsed.problems()) {
            errors.rejectValue(
                    field,
                    "catalog.settings.line",
                    new Object[] {problem.line(), new DefaultMessageSourceResolvable(problem.code())},
                    null);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}

package de.rathaus.catalog.settings;

import de.rathaus.catalog.model.FederalState;
import de.rathaus.catalog.model.LocalHoliday;
import de.rathaus.catalog.store.Holidays;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Staff page for the town's holidays: federal state and local holidays. */
@Controller
@RequestMapping("/verwaltung/katalog")
class HolidaySettingsController {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Holidays holidays;
    private final CatalogSettings settings;

    HolidaySettingsController(Holidays holidays, CatalogSettings settings) {
        this.holidays = holidays;
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
        SettingsForms.lineErrors(errors, "localHolidays", local);
        if (errors.hasErrors() || state == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return holidayPage(model);
        }
        settings.saveHolidays(state, local.values());
        return "redirect:/verwaltung/katalog/feiertage?gespeichert";
    }

    private String holidayPage(Model model) {
        int year = LocalDate.now(BERLIN).getYear();
        model.addAttribute("states", FederalState.values());
        model.addAttribute("year", year);
        model.addAttribute("thisYear", holidays.inYear(year));
        model.addAttribute("nextYear", holidays.inYear(year + 1));
        return "catalog/settings/holidays";
    }
}

package de.rathaus.catalog.web;

import de.rathaus.catalog.model.Holiday;
import de.rathaus.catalog.store.Holidays;
import de.rathaus.catalog.store.Location;
import de.rathaus.catalog.store.Locations;
import de.rathaus.catalog.store.OfficeProfile;
import de.rathaus.catalog.store.OfficeProfiles;
import de.rathaus.catalog.store.PublishedCatalog;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The town's offices, the buildings where they serve, and the days they are closed. */
@Controller
class OfficePagesController {

    /** A holiday as a line of the list: "03.10.2027", "Sonntag", "Tag der Deutschen Einheit". */
    record HolidayLine(String date, String weekday, String name) {}

    /** The holidays of one year. */
    record HolidayYear(int year, List<HolidayLine> holidays) {}

    private static final ZoneId TOWN_TIME = ZoneId.of("Europe/Berlin");

    private final OfficeProfiles offices;
    private final Locations locations;
    private final PublishedCatalog published;
    private final Holidays holidays;

    OfficePagesController(OfficeProfiles offices, Locations locations, PublishedCatalog published, Holidays holidays) {
        this.offices = offices;
        this.locations = locations;
        this.published = published;
        this.holidays = holidays;
    }

    @GetMapping("/aemter")
    String offices(Model model) {
        model.addAttribute("offices", offices.all());
        model.addAttribute("locations", locations.all());
        return "catalog/pages/offices";
    }

    @GetMapping("/aemter/{slug}")
    String office(@PathVariable String slug, Model model, Locale locale) {
        OfficeProfile office = offices.bySlug(slug).orElseThrow(ServicePagesController::notFound);
        model.addAttribute("office", office);
        model.addAttribute("description", Text.of(office.description()));
        model.addAttribute("contact", Contact.of(office).withoutPage());
        model.addAttribute("hours", OpeningHoursTable.of(office.openingHours(), locale));
        model.addAttribute(
                "services", published.servicesOfOffice(office.office().id()));
        return "catalog/pages/office";
    }

    @GetMapping("/standorte/{slug}")
    String location(@PathVariable String slug, Model model) {
        Location location = locations.bySlug(slug).orElseThrow(ServicePagesController::notFound);
        model.addAttribute("location", location.data());
        model.addAttribute("accessibility", Text.of(location.data().accessibility()));
        model.addAttribute("publicTransport", Text.of(location.data().publicTransport()));
        model.addAttribute(
                "offices",
                offices.all().stream()
                        .filter(office -> office.locations().stream().anyMatch(l -> l.id().equals(location.id())))
                        .toList());
        return "catalog/pages/location";
    }

    @GetMapping("/feiertage")
    String holidays(Model model, Locale locale) {
        int thisYear = LocalDate.now(TOWN_TIME).getYear();
        model.addAttribute("years", List.of(year(thisYear, locale), year(thisYear + 1, locale)));
        model.addAttribute("federalState", holidays.federalState());
        return "catalog/pages/holidays";
    }

    private HolidayYear year(int year, Locale locale) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return new HolidayYear(
                year,
                holidays.inYear(year).stream()
                        .map((Holiday h) -> new HolidayLine(
                                h.date().format(date),
                                h.date().getDayOfWeek().getDisplayName(TextStyle.FULL, locale),
                                h.name()))
                        .toList());
    }
}

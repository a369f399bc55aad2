package de.rathaus.catalog;

import de.rathaus.catalog.store.Holidays;
import de.rathaus.catalog.store.PublishedCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What other modules may ask the catalogue: published services and the days the town is closed. */
@Service
public class Catalog {

    private final PublishedCatalog published;
    private final Holidays holidays;

    Catalog(PublishedCatalog published, Holidays holidays) {
        this.published = published;
        this.holidays = holidays;
    }

    public Optional<ServiceSummary> service(ServiceId id) {
        return published.summary(id.value());
    }

    public List<ServiceSummary> services() {
        return published.summaries();
    }

    /** Whether the service is confidential; an unknown service counts as confidential. */
    public boolean isConfidential(ServiceId id) {
        return service(id).map(ServiceSummary::confidential).orElse(true);
    }

    /** The holidays from {@code from} to {@code to}, both included. */
    public List<ClosedDay> closedDays(LocalDate from, LocalDate to) {
        return from.getYear() > to.getYear()
                ? List.of()
                : java.util.stream.IntStream.rangeClosed(from.getYear(), to.getYear())
                        .boxed()
                        .flatMap(year -> holidays.inYear(year).stream())
                        .filter(day -> !day.date().isBefore(from) && !day.date().isAfter(to))
                        .map(day -> new ClosedDay(day.date(), day.name()))
                        .toList();
    }
}

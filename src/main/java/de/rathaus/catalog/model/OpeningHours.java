package de.rathaus.catalog.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** The hours an office is open on some days of the week, e.g. Monday to Friday 08:00–12:30. */
public record OpeningHours(List<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    public OpeningHours {
        days = Values.list(days);
    }
}

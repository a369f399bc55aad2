package de.rathaus.catalog.web;

import de.rathaus.catalog.model.OpeningHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * An office's opening hours as one row per weekday, the way a sign on the door reads: "Montag
 * 08:00–12:30 Uhr und 14:00–16:00 Uhr". Weekdays without hours say so; the weekend only shows
 * when the office is open then.
 */
record OpeningHoursTable(List<Row> rows) {

    /** One weekday: its name and its time ranges ("08:00–12:30"), empty when closed. */
    record Row(String day, List<String> ranges) {

        public boolean isClosed() {
            return ranges.isEmpty();
        }
    }

    static OpeningHoursTable of(List<OpeningHours> hours, Locale locale) {
        if (hours.isEmpty()) {
            return new OpeningHoursTable(List.of());
        }
        return new OpeningHoursTable(Stream.of(DayOfWeek.values())
                .filter(day -> day.compareTo(DayOfWeek.FRIDAY) <= 0
                        || !rangesOn(day, hours).isEmpty())
                .map(day -> new Row(day.getDisplayName(TextStyle.FULL, locale), rangesOn(day, hours)))
                .toList());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    private static List<String> rangesOn(DayOfWeek day, List<OpeningHours> hours) {
        return hours.stream()
                .filter(h -> h.days().contains(day))
                .sorted(Comparator.comparing(OpeningHours::opens))
                .map(h -> time(h.opens()) + "–" + time(h.closes()))
                .toList();
    }

    private static String time(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }
}

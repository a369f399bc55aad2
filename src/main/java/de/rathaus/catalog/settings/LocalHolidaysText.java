package de.rathaus.catalog.settings;

import de.rathaus.catalog.model.ContentRules;
import de.rathaus.catalog.model.LocalHoliday;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Local holidays, one per line: {@code 08.08. Augsburger Friedensfest} (every year) or
 * {@code 24.12.2027 Stadtjubiläum} (that year only).
 */
final class LocalHolidaysText {

    private static final Pattern LINE =
            Pattern.compile("^(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{4})?\\s+(?<name>\\S.*)$");

    private LocalHolidaysText() {}

    static Parsed<LocalHoliday> parse(String text) {
        return Parsed.eachLine(text, LocalHolidaysText::line);
    }

    private static Parsed.Line<LocalHoliday> line(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches() || m.group("name").length() > ContentRules.MAX_NAME) {
            return new Parsed.Line.Refused<>("catalog.settings.holidays.unreadable");
        }
        LocalHoliday holiday = new LocalHoliday(
                m.group("name").strip(),
                Integer.parseInt(m.group("month")),
                Integer.parseInt(m.group("day")),
                m.group("year") == null ? null : Integer.valueOf(m.group("year")));
        return ContentRules.check(holiday).isEmpty()
                ? new Parsed.Line.Read<>(holiday)
                : new Parsed.Line.Refused<>("catalog.invalid.date");
    }

    static String format(List<LocalHoliday> holidays) {
        return holidays.stream()
                .map(h -> "%02d.%02d.%s %s".formatted(h.day(), h.month(), h.year() == null ? "" : h.year(), h.name()))
                .collect(Collectors.joining("\n"));
    }
}

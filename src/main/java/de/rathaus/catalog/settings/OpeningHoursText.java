package de.rathaus.catalog.settings;

import de.rathaus.catalog.model.OpeningHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Opening hours as staff write them, one line per rule: {@code Mo–Fr 08:00–12:30},
 * {@code Mo, Di, Do 14:00-16:00}, {@code Sa 9-12}. A plain text field works without JavaScript
 * and reads like the sign on the office door.
 */
final class OpeningHoursText {

    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "mo", DayOfWeek.MONDAY,
            "di", DayOfWeek.TUESDAY,
            "mi", DayOfWeek.WEDNESDAY,
            "do", DayOfWeek.THURSDAY,
            "fr", DayOfWeek.FRIDAY,
            "sa", DayOfWeek.SATURDAY,
            "so", DayOfWeek.SUNDAY);
    private static final String[] SHORT = {"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"};
    private static final Pattern LINE = Pattern.compile(
            "^(?<days>[A-Za-z,\\s\\-–]+?)\\s*:?\\s+(?<opens>\\d{1,2}(?:[:.]\\d{2})?)\\s*(?:-|–|bis)\\s*(?<closes>\\d{1,2}(?:[:.]\\d{2})?)\\s*(?:Uhr)?$");

    private OpeningHoursText() {}

    static Parsed<OpeningHours> parse(String text) {
        return Parsed.eachLine(text, OpeningHoursText::line);
    }

    private static Parsed.Line<OpeningHours> line(String line) {
        Matcher m = LINE.matcher(line);
        Set<DayOfWeek> days = m.matches() ? days(m.group("days")) : Set.of();
        LocalTime opens = m.matches() ? time(m.group("opens")) : null;
        LocalTime closes = m.matches() ? time(m.group("closes")) : null;
        if (days.isEmpty() || opens == null || closes == null) {
            return new Parsed.Line.Refused<>("catalog.settings.office.hours.unreadable");
        }
        if (!opens.isBefore(closes)) {
            return new Parsed.Line.Refused<>("catalog.invalid.hours-order");
        }
        return new Parsed.Line.Read<>(new OpeningHours(List.copyOf(days), opens, closes));
    }

    static String format(List<OpeningHours> hours) {
        return hours.stream()
                .map(h -> h.days().stream().map(d -> SHORT[d.getValue() - 1]).collect(Collectors.joining(", ")) + " "
                        + h.opens() + "–" + h.closes())
                .collect(Collectors.joining("\n"));
    }

    /** "Mo–Fr", "Mo, Mi", "Di-Do, Sa"; empty when a day is unknown. */
    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String[] range = part.strip().split("\\s*[-–]\\s*");
            DayOfWeek from = DAYS.get(key(range[0]));
            DayOfWeek to = range.length == 2 ? DAYS.get(key(range[1])) : from;
            if (from == null || to == null || range.length > 2 || to.compareTo(from) < 0) {
                return Set.of();
            }
            for (int d = from.getValue(); d <= to.getValue(); d++) {
                days.add(DayOfWeek.of(d));
            }
        }
        return days;
    }

    private static String key(String day) {
        String lower = day.strip().toLowerCase(Locale.GERMAN);
        return lower.length() >= 2 ? lower.substring(0, 2) : lower;
    }

    private static LocalTime time(String text) {
        String normalised = text.replace('.', ':');
        if (!normalised.contains(":")) {
            normalised = normalised + ":00";
        }
        if (normalised.indexOf(':') == 1) {
            normalised = "0" + normalised;
        }
        try {
            return LocalTime.parse(normalised);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

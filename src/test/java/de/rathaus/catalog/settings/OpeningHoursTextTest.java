package de.rathaus.catalog.settings;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.catalog.model.OpeningHours;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningHoursTextTest {

    @Test
    void readsRangesListsAndShortTimes() {
        Parsed<OpeningHours> parsed = OpeningHoursText.parse("Mo–Fr 08:00–12:30\nDi, Do 14-18 Uhr\n\nSa: 9.30 bis 12");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.values())
                .containsExactly(
                        new OpeningHours(
                                List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), time(8, 0), time(12, 30)),
                        new OpeningHours(List.of(TUESDAY, THURSDAY), time(14, 0), time(18, 0)),
                        new OpeningHours(List.of(SATURDAY), time(9, 30), time(12, 0)));
    }

    @Test
    void namesTheLinesItCannotRead() {
        Parsed<OpeningHours> parsed =
                OpeningHoursText.parse("Mo 08:00-12:00\nimmer\nFr–Mo 08:00–12:00\nMi 14:00–13:00\nXy 08:00-09:00");

        assertThat(parsed.problems())
                .containsExactly(
                        new LineProblem(2, "catalog.settings.office.hours.unreadable"),
                        new LineProblem(3, "catalog.settings.office.hours.unreadable"),
                        new LineProblem(4, "catalog.invalid.hours-order"),
                        new LineProblem(5, "catalog.settings.office.hours.unreadable"));
    }

    @Test
    void formatsWhatItReads() {
        List<OpeningHours> hours =
                OpeningHoursText.parse("Mo, Di 08:00–12:30\nDo 14:00–18:00").values();

        assertThat(OpeningHoursText.format(hours)).isEqualTo("Mo, Di 08:00–12:30\nDo 14:00–18:00");
        assertThat(OpeningHoursText.parse(OpeningHoursText.format(hours)).values())
                .isEqualTo(hours);
    }

    private static LocalTime time(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }
}

package de.rathaus.catalog.settings;

import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.catalog.model.LocalHoliday;
import org.junit.jupiter.api.Test;

class LocalHolidaysTextTest {

    @Test
    void everyYearOrOneYear() {
        Parsed<LocalHoliday> parsed = LocalHolidaysText.parse("08.08. Friedensfest\n24.6.2027 Stadtjubiläum");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.values())
                .containsExactly(
                        new LocalHoliday("Friedensfest", 8, 8, null), new LocalHoliday("Stadtjubiläum", 6, 24, 2027));
        assertThat(LocalHolidaysText.format(parsed.values()))
                .isEqualTo("08.08. Friedensfest\n24.06.2027 Stadtjubiläum");
    }

    @Test
    void namesTheLinesItCannotRead() {
        assertThat(LocalHolidaysText.parse("Friedensfest\n31.02. Nie\n01.01.").problems())
                .containsExactly(
                        new LineProblem(1, "catalog.settings.holidays.unreadable"),
                        new LineProblem(2, "catalog.invalid.date"),
                        new LineProblem(3, "catalog.settings.holidays.unreadable"));
    }
}

package de.rathaus.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    @Test
    void easterSundayOfKnownYears() {
        assertThat(PublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void bavariaIn2026() {
        assertThat(PublicHolidays.of(FederalState.BY, 2026))
                .extracting(Holiday::date)
                .containsExactly(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 6),
                        LocalDate.of(2026, 4, 3),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 14),
                        LocalDate.of(2026, 5, 25),
                        LocalDate.of(2026, 6, 4),
                        LocalDate.of(2026, 10, 3),
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 26));
    }

    @Test
    void statesDiffer() {
        assertThat(PublicHolidays.of(FederalState.SN, 2026))
                .contains(
                        new Holiday(LocalDate.of(2026, 10, 31), "Reformationstag"),
                        new Holiday(LocalDate.of(2026, 11, 18), "Buß- und Bettag"));
        assertThat(PublicHolidays.of(FederalState.BE, 2026))
                .contains(new Holiday(LocalDate.of(2026, 3, 8), "Internationaler Frauentag"))
                .extracting(Holiday::name)
                .doesNotContain("Fronleichnam", "Heilige Drei Könige");
        assertThat(PublicHolidays.of(FederalState.TH, 2026))
                .contains(new Holiday(LocalDate.of(2026, 9, 20), "Weltkindertag"));
        assertThat(PublicHolidays.of(FederalState.NI, 2017))
                .extracting(Holiday::name)
                .contains("Reformationstag");
        assertThat(PublicHolidays.of(FederalState.NI, 2016))
                .extracting(Holiday::name)
                .doesNotContain("Reformationstag");
        assertThat(PublicHolidays.of(FederalState.SL, 2026))
                .contains(new Holiday(LocalDate.of(2026, 8, 15), "Mariä Himmelfahrt"));
    }
}

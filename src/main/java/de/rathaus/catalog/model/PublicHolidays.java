package de.rathaus.catalog.model;

import static de.rathaus.catalog.model.FederalState.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The statutory public holidays of a federal state. Holidays that apply only in some
 * municipalities of a state (Mariä Himmelfahrt in Catholic Bavaria, Fronleichnam in parts of
 * Saxony and Thuringia, the Augsburger Friedensfest) are the town's local holidays.
 */
public final class PublicHolidays {

    private PublicHolidays() {}

    public static List<Holiday> of(FederalState state, int year) {
        LocalDate easter = easterSunday(year);
        List<Holiday> days = new ArrayList<>();
        fixed(days, year, 1, 1, "Neujahr");
        days.add(new Holiday(easter.minusDays(2), "Karfreitag"));
        days.add(new Holiday(easter.plusDays(1), "Ostermontag"));
        fixed(days, year, 5, 1, "Tag der Arbeit");
        days.add(new Holiday(easter.plusDays(39), "Christi Himmelfahrt"));
        days.add(new Holiday(easter.plusDays(50), "Pfingstmontag"));
        fixed(days, year, 10, 3, "Tag der Deutschen Einheit");
        fixed(days, year, 12, 25, "1. Weihnachtstag");
        fixed(days, year, 12, 26, "2. Weihnachtstag");
        if (in(state, BW, BY, ST)) {
            fixed(days, year, 1, 6, "Heilige Drei Könige");
        }
        if (state == BE && year >= 2019 || state == MV && year >= 2023) {
            fixed(days, year, 3, 8, "Internationaler Frauentag");
        }
        if (state == BB) {
            days.add(new Holiday(easter, "Ostersonntag"));
            days.add(new Holiday(easter.plusDays(49), "Pfingstsonntag"));
        }
        if (in(state, BW, BY, HE, NW, RP, SL)) {
            days.add(new Holiday(easter.plusDays(60), "Fronleichnam"));
        }
        if (state == SL) {
            fixed(days, year, 8, 15, "Mariä Himmelfahrt");
        }
        if (state == TH && year >= 2019) {
            fixed(days, year, 9, 20, "Weltkindertag");
        }
        if (in(state, BB, MV, SN, ST, TH) || in(state, HB, HH, NI, SH) && year >= 2018 || year == 2017) {
            fixed(days, year, 10, 31, "Reformationstag");
        }
        if (in(state, BW, BY, NW, RP, SL)) {
            fixed(days, year, 11, 1, "Allerheiligen");
        }
        if (state == SN) {
            LocalDate penance = LocalDate.of(year, 11, 23).with(TemporalAdjusters.previous(DayOfWeek.WEDNESDAY));
            days.add(new Holiday(penance, "Buß- und Bettag"));
        }
        days.sort(Comparator.comparing(Holiday::date));
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static void fixed(List<Holiday> days, int year, int month, int day, String name) {
        days.add(new Holiday(MonthDay.of(month, day).atYear(year), name));
    }

    private static boolean in(FederalState state, FederalState... states) {
        return List.of(states).contains(state);
    }
}

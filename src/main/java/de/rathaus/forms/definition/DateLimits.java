package de.rathaus.forms.definition;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code earliest} and {@code latest} rules of DATE fields: {@code today}, a date ({@code
 * 2026-01-01}) or a period from today ({@code -P18Y}: eighteen years ago, {@code P6M}: in six months).
 */
final class DateLimits {

    private DateLimits() {}

    /** The day the rule names, measured from {@code today}; empty when the rule cannot be read. */
    static Optional<LocalDate> resolve(String rule, LocalDate today) {
        String text = rule.strip();
        try {
            if (text.equals("today")) {
                return Optional.of(today);
            }
            if (text.startsWith("P") || text.startsWith("-P")) {
                return Optional.of(today.plus(Period.parse(text)));
            }
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    static boolean readable(String rule) {
        return resolve(rule, LocalDate.of(2000, 1, 1)).isPresent();
    }
}

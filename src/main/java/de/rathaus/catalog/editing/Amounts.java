package de.rathaus.catalog.editing;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Money as German staff type it: "12,50", "1.234,56", "12 €", and "12.50" from an English
 * spreadsheet. A dot followed by exactly three digits is a thousands separator ("1.234").
 */
final class Amounts {

    private static final Pattern GERMAN_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");

    private Amounts() {}

    /** Empty for a blank value; {@link Unreadable} for text that is no amount. */
    static Optional<BigDecimal> parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip()
                .replace("€", "")
                .replace("EUR", "")
                .replace(" ", "")
                .replace("\u00a0", "");
        if (value.contains(",")) {
            value = value.replace(".", "").replace(',', '.');
        } else if (GERMAN_THOUSANDS.matcher(value).matches()) {
            value = value.replace(".", "");
        }
        if (!PLAIN.matcher(value).matches()) {
            throw new Unreadable();
        }
        return Optional.of(new BigDecimal(value));
    }

    /** The amount as an editor reads it back in the form: "12,50", "30". */
    static String format(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return amount.stripTrailingZeros().toPlainString().replace('.', ',').replaceFirst(",(\\d)$", ",$10");
    }

    /** Text that is not an amount. */
    static final class Unreadable extends RuntimeException {
        Unreadable() {
            super("not an amount", null, false, false);
        }
    }
}

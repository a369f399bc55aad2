package de.rathaus.forms.receipt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * How the receipt writes values: the German way, whatever the server's locale ("37,00 €",
 * "23.11.2026", "14:05 Uhr", "1,2 MB"). Times are shown in Europe/Berlin, where the town is.
 */
final class GermanFormats {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy', 'HH:mm' Uhr'", Locale.GERMANY);
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.GERMANY);

    /** Short names of the types people hand in, as they know them from file names. */
    private static final Map<String, String> TYPE_NAMES = Map.of(
            "application/pdf", "PDF",
            "image/jpeg", "JPEG",
            "image/png", "PNG",
            "image/gif", "GIF",
            "image/tiff", "TIFF",
            "image/heic", "HEIC",
            "text/plain", "Text",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word",
            "application/vnd.oasis.opendocument.text", "OpenDocument-Text");

    private GermanFormats() {}

    /** "37,00 €", with a no-break space so the amount and its currency stay on one line. */
    static String money(BigDecimal euros) {
        var format = new DecimalFormat("#,##0.00", SYMBOLS);
        return format.format(euros.setScale(2, RoundingMode.HALF_UP)) + "\u00a0€";
    }

    /** "1.234,5": as many decimals as the answer had. */
    static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(BERLIN));
    }

    /** "DE89 3704 0044 0532 0130 00": groups of four, as printed on bank cards. */
    static String iban(String iban) {
        String compact = iban.replace(" ", "");
        var grouped = new StringBuilder();
        for (int i = 0; i < compact.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(compact, i, Math.min(i + 4, compact.length()));
        }
        return grouped.toString();
    }

    /** "820 Bytes", "14 KB", "1,2 MB" (units of 1024, as file managers show them). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + "\u00a0Bytes";
        }
        double kilobytes = bytes / 1024.0;
        if (kilobytes < 1024) {
            return Math.round(kilobytes) + "\u00a0KB";
        }
        var format = new DecimalFormat("#,##0.#", SYMBOLS);
        return format.format(kilobytes / 1024.0) + "\u00a0MB";
    }

    /** "PDF", "JPEG", or the media type itself where it has no common short name. */
    static String type(String mediaType) {
        return TYPE_NAMES.getOrDefault(mediaType, mediaType);
    }
}

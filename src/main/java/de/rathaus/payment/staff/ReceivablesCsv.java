package de.rathaus.payment.staff;

import de.rathaus.payment.PaymentStatus;
import de.rathaus.payment.ledger.Euros;
import de.rathaus.payment.ledger.Transaction;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Receivables as CSV the way German spreadsheets and accounting imports expect it: UTF-8 with a byte
 * order mark (or Excel guesses the wrong encoding), {@code ;} between cells, decimal comma, CRLF.
 * Text cells that a spreadsheet would run as a formula get a leading apostrophe.
 */
final class ReceivablesCsv {

    static final String HEADER = "Kassenzeichen;Betrag;Verwendungszweck;Referenz;angelegt am;Status";

    private static final char SEPARATOR = ';';
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));

    private ReceivablesCsv() {}

    static String write(List<Transaction> receivables) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (Transaction t : receivables) {
            csv.append(text(Objects.requireNonNullElse(t.kassenzeichen(), "")))
                    .append(SEPARATOR)
                    .append(Euros.plainGerman(t.amount()))
                    .append(SEPARATOR)
                    .append(text(t.purpose()))
                    .append(SEPARATOR)
                    .append(text(t.reference()))
                    .append(SEPARATOR)
                    .append(CREATED.format(t.createdAt()))
                    .append(SEPARATOR)
                    .append(status(t.status()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** German words, as the cash office reads them; the file is for German accounting either way. */
    static String status(PaymentStatus status) {
        return switch (status) {
            case INITIAL -> "offen";
            case PAYED -> "bezahlt";
            case FAILED -> "fehlgeschlagen";
            case CANCELED -> "abgebrochen";
        };
    }

    private static String text(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(SEPARATOR) >= 0 || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}

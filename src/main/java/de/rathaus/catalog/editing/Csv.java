package de.rathaus.catalog.editing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it, with a choosable separator (German spreadsheets write
 * {@code ;}): cells in double quotes may hold the separator, line breaks and doubled quotes
 * ({@code ""}). A byte order mark at the start is skipped; {@code \r\n} and {@code \n} both end a
 * record; empty records are left out.
 */
final class Csv {

    /** One record and the line of the file it starts on (from 1). */
    record Row(int line, List<String> cells) {}

    /** A quoted cell that never ends. */
    static final class Unreadable extends RuntimeException {
        private final int line;

        Unreadable(int line) {
            super("unterminated quoted cell starting on line " + line, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private Csv() {}

    static List<Row> parse(String text, char separator) {
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        int quoteStart = 0;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < input.length() && input.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                quoteStart = line;
                any = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, cells, cell, rowStart, any);
                any = false;
                line++;
                rowStart = line;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new Unreadable(quoteStart);
        }
        endRow(rows, cells, cell, rowStart, any);
        return rows;
    }

    private static void endRow(List<Row> rows, List<String> cells, StringBuilder cell, int line, boolean any) {
        if (any || !cell.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(line, List.copyOf(cells)));
        }
        cells.clear();
        cell.setLength(0);
    }

    /** A cell as CSV writes it: quoted where it holds the separator, a quote or a line break. */
    static String cell(String value, char separator) {
        if (value.indexOf(separator) >= 0 || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}

package de.rathaus.catalog.editing;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A text area with one entry per line (documents, keywords, LeiKa keys): the non-empty lines and
 * where each stands, so a problem with the third entry can name the line it is on.
 */
record Lines(List<String> values, List<Integer> lineNumbers) {

    static Lines of(@Nullable String text) {
        List<String> values = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        if (text != null) {
            String[] lines = text.replace("\r\n", "\n").split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.isEmpty()) {
                    values.add(line);
                    numbers.add(i + 1);
                }
            }
        }
        return new Lines(List.copyOf(values), List.copyOf(numbers));
    }

    static String join(List<String> values) {
        return String.join("\n", values);
    }

    /** The line of the {@code index}-th entry, or null where the index is outside the list. */
    @Nullable
    Integer line(int index) {
        return index >= 0 && index < lineNumbers.size() ? lineNumbers.get(index) : null;
    }
}

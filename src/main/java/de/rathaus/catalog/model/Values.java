package de.rathaus.catalog.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Normalises what JSON and forms hand to the content records: absent text becomes "", absent
 * lists become empty, blank optional values become null. So a file that leaves out a field is
 * read like one that gives it empty, and the rules see one shape.
 */
final class Values {

    private Values() {}

    @SuppressWarnings("NullAway")
    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> List<T> list(@Nullable List<T> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null).toList();
    }
}

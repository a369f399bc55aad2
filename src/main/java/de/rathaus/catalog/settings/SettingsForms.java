package de.rathaus.catalog.settings;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/** What the settings forms share: line errors, absent text, not found. */
final class SettingsForms {

    private SettingsForms() {}

    /** Each unreadable line becomes "Zeile 3: …" on the field. */
    static void lineErrors(BindingResult errors, String field, Parsed<?> parsed) {
        for (LineProblem problem : parsed.problems()) {
            errors.rejectValue(
                    field,
                    "catalog.settings.line",
                    new Object[] {problem.line(), new DefaultMessageSourceResolvable(problem.code())},
                    null);
        }
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

package de.rathaus.forms.journey;

import de.rathaus.forms.definition.AnswerError;
import de.rathaus.forms.definition.FormDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Errors as a page shows them: in the error summary (linking to the input) and at their fields. */
@Component
class ErrorTexts {

    private final MessageSource messages;

    ErrorTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** One line of the error summary. */
    record SummaryItem(String anchor, String text) {}

    String text(AnswerError error, Locale locale) {
        return messages.getMessage(error.code(), error.arguments().toArray(), error.code(), locale);
    }

    String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    Map<String, List<String>> byPath(List<AnswerError> errors, Locale locale) {
        var byPath = new LinkedHashMap<String, List<String>>();
        for (AnswerError error : errors) {
            byPath.computeIfAbsent(error.path(), path -> new java.util.ArrayList<>())
                    .add(text(error, locale));
        }
        return byPath;
    }

    List<SummaryItem> summary(FormDefinition form, List<AnswerError> errors, Locale locale) {
        return errors.stream()
                .map(error -> new SummaryItem(InputIds.anchor(form, error.path()), text(error, locale)))
                .toList();
    }
}

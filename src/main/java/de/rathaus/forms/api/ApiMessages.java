package de.rathaus.forms.api;

import de.rathaus.forms.definition.AnswerError;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The texts of the API's problems, in the language of the request (German unless the visitor chose
 * English): {@code api.problem.<type>.title} and {@code .detail} in {@code i18n/forms-submission}.
 */
@Component
class ApiMessages {

    private final MessageSource messages;

    ApiMessages(MessageSource messages) {
        this.messages = messages;
    }

    ApiRefusal refusal(HttpStatus status, String type, Object... arguments) {
        return new ApiRefusal(status, type, title(type), detail(type, arguments));
    }

    /** 400 with the list of refused values. */
    ApiRefusal invalid(String type, List<FieldProblem> errors) {
        return new ApiRefusal(HttpStatus.BAD_REQUEST, type, title(type), detail(type, errors.size()), errors);
    }

    /** An answer's problem, its pointer inside the request body ({@code /answers} + the answer's path). */
    FieldProblem answer(AnswerError error) {
        return new FieldProblem(
                "/answers" + error.path(),
                error.code(),
                text(error.code(), error.arguments().toArray()));
    }

    FieldProblem problem(String pointer, String code, Object... arguments) {
        return new FieldProblem(pointer, code, text(code, arguments));
    }

    private String title(String type) {
        return text("api.problem." + type + ".title");
    }

    private String detail(String type, Object... arguments) {
        return text("api.problem." + type + ".detail", arguments);
    }

    private String text(String code, Object... arguments) {
        // the request's language; German where there is no request
        Locale locale =
                LocaleContextHolder.getLocaleContext() == null ? Locale.GERMAN : LocaleContextHolder.getLocale();
        return messages.getMessage(code, arguments, code, locale);
    }
}

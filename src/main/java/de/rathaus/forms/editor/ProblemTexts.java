package de.rathaus.forms.editor;

import de.rathaus.forms.definition.DefinitionProblem;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts the library's problem codes ({@code forms.definition.*}) into words. */
@Component
class ProblemTexts {

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<Problem> of(List<DefinitionProblem> problems) {
        return problems.stream()
                .map(problem -> new Problem(
                        Problem.TEXT_BOX,
                        problem.path(),
                        messages.getMessage(
                                problem.code(),
                                problem.arguments().toArray(),
                                problem.code(),
                                LocaleContextHolder.getLocale())))
                .toList();
    }

    /** A line for the error summary that points to another input than the JSON text box. */
    Problem summary(String anchor, String code, Object... arguments) {
        return new Problem(anchor, "", messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale()));
    }

    /** One problem of the editor's own (not of the definition), e.g. a file that is too large. */
    List<Problem> of(String path, String code, Object... arguments) {
        return of(List.of(new DefinitionProblem(path, code, List.of(arguments))));
    }
}

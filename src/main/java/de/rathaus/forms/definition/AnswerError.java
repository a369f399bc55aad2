package de.rathaus.forms.definition;

import java.util.List;

/**
 * Why an answer is not accepted.
 *
 * @param path where: a JSON Pointer into the answers, e.g. {@code /name} or {@code /kinder/0/vorname}
 *     (a group entry's field), {@code /wohnort/postcode} (part of an address)
 * @param code the message key, e.g. {@code forms.answer.required}; its German text names the problem
 *     plainly and says how to fix it
 * @param arguments the message's arguments (the field's label comes first)
 */
public record AnswerError(String path, String code, List<Object> arguments) {

    public AnswerError {
        arguments = List.copyOf(arguments);
    }
}

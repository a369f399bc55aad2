package de.rathaus.forms.definition;

import java.util.List;

/**
 * Why a form definition cannot be stored or published.
 *
 * @param path where, as a JSON Pointer into the document ({@code /pages/1/fields/0/options})
 * @param code the message key ({@code forms.definition.*}); its text says how to fix it
 * @param arguments the message's arguments
 */
public record DefinitionProblem(String path, String code, List<Object> arguments) {

    public DefinitionProblem {
        arguments = List.copyOf(arguments);
    }
}

package de.rathaus.forms.definition;

import java.util.List;

/** A definition read from JSON text and checked: usable, or the problems to fix first. */
public sealed interface CheckedDefinition {

    record Valid(FormDefinition definition) implements CheckedDefinition {}

    record Invalid(List<DefinitionProblem> problems) implements CheckedDefinition {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}

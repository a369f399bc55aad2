package de.rathaus.forms.library;

import de.rathaus.forms.FormId;
import de.rathaus.forms.definition.DefinitionProblem;
import java.util.List;

/** The outcome of saving, importing or publishing a form version. */
public sealed interface Saved {

    /** Stored (or published) as {@code version} of form {@code id}. */
    record Stored(FormId id, int version) implements Saved {}

    /** Nothing changed; each problem names its place in the document. */
    record Refused(List<DefinitionProblem> problems) implements Saved {

        public Refused {
            problems = List.copyOf(problems);
        }
    }
}

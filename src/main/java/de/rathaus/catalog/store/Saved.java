package de.rathaus.catalog.store;

import de.rathaus.catalog.model.ContentProblem;
import java.util.List;
import java.util.UUID;

/** The outcome of saving or publishing catalogue content. */
public sealed interface Saved {

    /** Stored as {@code version} of entry {@code id}. */
    record Stored(UUID id, int version) implements Saved {}

    /** Nothing stored; each problem names its field. */
    record Refused(List<ContentProblem> problems) implements Saved {

        public Refused {
            problems = List.copyOf(problems);
        }
    }
}

package de.rathaus.catalog.settings;

import java.util.List;

/** What a multi-line field yields: the values, or the lines that could not be read. */
record Parsed<T>(List<T> values, List<LineProblem> problems) {

    boolean ok() {
        return problems.isEmpty();
    }
}

package de.rathaus.catalog.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What a multi-line field yields: the values, or the lines that could not be read. */
record Parsed<T>(List<T> values, List<LineProblem> problems) {

    /** What reading one line gives: its value, or the message code saying why it was refused. */
    sealed interface Line<T> {
        record Read<T>(T value) implements Line<T> {}

        record Refused<T>(String code) implements Line<T> {}
    }

    /** Reads every non-blank line of {@code text} with {@code reader}, numbering lines from 1. */
    static <T> Parsed<T> eachLine(String text, Function<String, Line<T>> reader) {
        List<T> values = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                switch (reader.apply(line)) {
                    case Line.Read<T> read -> values.add(read.value());
                    case Line.Refused<T> refused -> problems.add(new LineProblem(i + 1, refused.code()));
                }
            }
        }
        return new Parsed<>(values, problems);
    }
}

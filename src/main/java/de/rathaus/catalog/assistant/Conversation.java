package de.rathaus.catalog.assistant;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The last turns of a conversation, carried in a hidden form field: anonymous visitors have no
 * server session, so the page itself remembers what was asked. Each turn is one line, the choice
 * made in a follow-up (may be empty), a tab, and the question.
 */
final class Conversation {

    /** Earlier turns shown above the new answer; older ones are let go. */
    static final int KEPT = 3;

    /** The longest question accepted, in characters. */
    static final int MAX_QUESTION = 500;

    /** One thing the citizen asked, and the choice made if it answered a follow-up. */
    record Turn(String question, @Nullable String choice) {}

    private Conversation() {}

    static List<Turn> read(@Nullable String carried) {
        if (carried == null || carried.isBlank()) {
            return List.of();
        }
        List<Turn> turns = new ArrayList<>();
        for (String line : carried.split("\n")) {
            int tab = line.indexOf('\t');
            String choice = tab < 0 ? "" : clean(line.substring(0, tab));
            String question = clean(tab < 0 ? line : line.substring(tab + 1));
            if (!question.isEmpty() && question.length() <= MAX_QUESTION && choice.length() <= MAX_QUESTION) {
                turns.add(new Turn(question, choice.isEmpty() ? null : choice));
            }
        }
        return List.copyOf(turns.subList(Math.max(0, turns.size() - KEPT), turns.size()));
    }

    /** The turns to carry on: the last {@link #KEPT}, so the field stays small. */
    static String write(List<Turn> turns) {
        List<String> lines = new ArrayList<>();
        for (Turn turn : turns.subList(Math.max(0, turns.size() - KEPT), turns.size())) {
            lines.add((turn.choice() == null ? "" : turn.choice()) + "\t" + turn.question());
        }
        return String.join("\n", lines);
    }

    /** The text without control characters (tabs and line breaks included) and runs of spaces. */
    static String clean(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}

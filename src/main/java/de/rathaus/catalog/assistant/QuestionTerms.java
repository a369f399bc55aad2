package de.rathaus.catalog.assistant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a citizen's question that can tell services apart. Besides dropping the small
 * words, it puts German separable verbs back together ("wie melde ich ihn ab" → "abmelde"), since
 * the catalogue names services by the whole verb ("Hund abmelden").
 */
final class QuestionTerms {

    private static final Set<String> PARTICLES = Set.of("an", "ab", "um", "aus", "ein");

    /** Everyday words that the catalogue spells differently. Only vocabulary: no fact comes from here. */
    private static final Map<String, String> EVERYDAY = Map.ofEntries(
            Map.entry("umziehe", "umzug"),
            Map.entry("umziehen", "umzug"),
            Map.entry("umgezogen", "umzug"),
            Map.entry("ziehe", "umzug"),
            Map.entry("zihe", "umzug"),
            Map.entry("einziehe", "einziehen"),
            Map.entry("geklaut", "diebstahl"),
            Map.entry("gestohlen", "diebstahl"));

    private QuestionTerms() {}

    static List<String> of(String question) {
        Set<String> terms = new LinkedHashSet<>();
        for (String clause : question.split("[,.;:!?]")) {
            List<String> words = Words.all(clause);
            List<String> meaningful = Words.meaningful(clause);
            terms.addAll(meaningful);
            if (words.size() > 1 && PARTICLES.contains(words.getLast()) && !meaningful.isEmpty()) {
                terms.add(words.getLast() + meaningful.getFirst());
            }
        }
        List<String> result = new ArrayList<>();
        for (String term : terms) {
            result.add(term);
            String everyday = EVERYDAY.get(term);
            if (everyday != null && !terms.contains(everyday)) {
                result.add(everyday);
            }
        }
        return List.copyOf(new LinkedHashSet<>(result));
    }
}

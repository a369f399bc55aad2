package de.rathaus.catalog.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks services for a question by the words they share, weighing each question word by how
 * rare it is among the services and each match by where it stands (name and keywords first) and
 * how close it is (same word, same stem, part of a compound, a typo away).
 */
final class Relevance {

    /**
     * A service with its score.
     *
     * @param coverage the share of the question's weight the service answers, 0 to 1
     * @param anchored whether a word of the question stands in the service's name, keywords or
     *     teaser, not only somewhere in its description: without that it is a guess
     */
    record Scored(ServiceText service, double score, double coverage, boolean anchored) {}

    /** The least a match in name, keywords or teaser must be worth to anchor a service. */
    private static final double ANCHOR = ServiceText.Place.TEASER.weight * 0.75;

    private Relevance() {}

    static List<Scored> rank(List<String> terms, List<ServiceText> services) {
        if (terms.isEmpty() || services.isEmpty()) {
            return List.of();
        }
        List<Map<ServiceText.Place, Set<String>>> words = new ArrayList<>();
        for (ServiceText service : services) {
            Map<ServiceText.Place, Set<String>> places = new EnumMap<>(ServiceText.Place.class);
            for (ServiceText.Place place : ServiceText.Place.values()) {
                places.put(place, service.words(place));
            }
            words.add(places);
        }
        double[][] matches = new double[terms.size()][services.size()];
        double[] weights = new double[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            int found = 0;
            for (int s = 0; s < services.size(); s++) {
                matches[t][s] = best(terms.get(t), words.get(s));
                if (matches[t][s] > 0) {
                    found++;
                }
            }
            // Rare words decide. A word no candidate has counts as the rarest: it is part of the
            // question that no service answers.
            weights[t] = Math.log(1 + (double) services.size() / Math.max(found, 1));
        }
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        List<Scored> scored = new ArrayList<>();
        for (int s = 0; s < services.size(); s++) {
            double score = 0;
            boolean anchored = false;
            for (int t = 0; t < terms.size(); t++) {
                score += weights[t] * matches[t][s];
                anchored |= matches[t][s] >= ANCHOR && strong(terms.get(t), words.get(s));
            }
            scored.add(new Scored(services.get(s), score, total == 0 ? 0 : score / total, anchored));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored;
    }

    /**
     * Words too common in service names to show on their own which service is meant: "Pizza
     * bestellen" is no question about ordering a bin, "WLAN im Rathaus" none about the eID PIN.
     */
    private static final Set<String> NO_ANCHOR = Set.of(
            "beantragen",
            "antrag",
            "bestellen",
            "kaufen",
            "verkaufen",
            "melden",
            "anmelden",
            "abmelden",
            "abgeben",
            "stadt",
            "rathaus",
            "neu",
            "neue",
            "neuen",
            "termin",
            "online",
            "kosten",
            "kostet",
            "frage",
            "hilfe");

    private static boolean strong(String term, Map<ServiceText.Place, Set<String>> places) {
        return !NO_ANCHOR.contains(term)
                && (closeness(term, places.get(ServiceText.Place.NAME)) >= 0.75
                        || closeness(term, places.get(ServiceText.Place.KEYWORDS)) >= 0.75
                        || closeness(term, places.get(ServiceText.Place.TEASER)) >= 0.75);
    }

    private static double best(String term, Map<ServiceText.Place, Set<String>> places) {
        double best = 0;
        for (var place : places.entrySet()) {
            double weight = place.getKey().weight;
            if (weight <= best) {
                continue;
            }
            double closeness = closeness(term, place.getValue());
            best = Math.max(best, weight * closeness);
        }
        return best;
    }

    /** How close the nearest word of the set is to the term: 1 for the same word, 0 for none. */
    static double closeness(String term, Set<String> words) {
        if (words.contains(term)) {
            return 1;
        }
        double best = 0;
        for (String word : words) {
            best = Math.max(best, closeness(term, word));
            if (best >= 0.9) {
                return best;
            }
        }
        return best;
    }

    static double closeness(String term, String word) {
        int common = commonPrefix(term, word);
        int shorter = Math.min(term.length(), word.length());
        if (common == shorter && shorter >= 4 && Math.abs(term.length() - word.length()) <= 3) {
            return 0.9; // the same stem with another ending: hund/hunde, anmelden/anmeldung
        }
        if (common >= 5 && Math.abs(term.length() - word.length()) <= 3) {
            return 0.85;
        }
        if (term.length() >= 4 && word.contains(term)) {
            return word.startsWith(term) || word.endsWith(term) ? 0.75 : 0.6; // part of a compound
        }
        if (word.length() >= 5 && term.contains(word)) {
            return 0.6;
        }
        if (term.length() >= 5 && word.length() >= 4 && Math.abs(term.length() - word.length()) <= 2) {
            int distance = distance(term, word);
            if (distance <= 1 || (distance == 2 && term.length() >= 8)) {
                return distance == 1 ? 0.8 : 0.65; // a typo
            }
        }
        return 0;
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Edit distance with transpositions (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

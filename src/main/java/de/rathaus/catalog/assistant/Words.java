package de.rathaus.catalog.assistant;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * German words as the assistant compares them: lower case, umlauts spelt out (so "Führerschein",
 * "fuehrerschein" and "Fuhrerschein" come close), and the small words of a question dropped.
 */
final class Words {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Words that say nothing about which service is meant: pronouns, articles, question words. */
    static final Set<String> SMALL = Set.copyOf(List.of(
            "ich", "du", "er", "sie", "es", "wir", "ihr", "man", "mein", "meine", "meinen", "meinem", "meiner",
            "meines", "mir", "mich", "dich", "dir", "sich", "uns", "unser", "unsere", "unseren", "unserem",
            "unserer", "ihre", "ihren", "ihrem", "ihrer", "sein", "seine", "seinen", "seinem", "seiner", "jemand",
            "jemandem", "jemanden", "was", "wie", "wo", "wann", "warum", "wieso", "weshalb", "wer", "wen", "wem",
            "wohin", "woher", "welche", "welcher", "welches", "welchen", "muss", "musst", "muessen", "kann",
            "kannst", "koennen", "koennte", "darf", "duerfen", "soll", "sollte", "sollen", "will", "wollen",
            "moechte", "moechten", "brauche", "brauchen", "brauch", "braucht", "bitte", "und", "oder", "aber",
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "in", "im",
            "ins", "an", "am", "auf", "aus", "bei", "beim", "fuer", "von", "vom", "zu", "zum", "zur", "nach",
            "ueber", "unter", "vor", "mit", "ohne", "bis", "ab", "um", "ist", "sind", "bin", "bist", "war", "waren",
            "habe", "hab", "hat", "haben", "hast", "hatte", "wird", "werden", "wurde", "nicht", "kein", "keine",
            "noch", "schon", "auch", "nur", "so", "da", "dann", "dass", "ob", "wenn", "weil", "denn", "jetzt",
            "gerade", "hier", "dort", "da", "irgendwo", "etwas", "tun", "machen", "mache", "macht", "gibt", "gibts",
            "geht", "mal", "eigentlich", "ja", "nein", "hallo", "guten", "tag", "danke", "als", "wieder", "mehr",
            "sehr", "ganz", "alle", "alles", "dafuer", "damit", "dazu", "davon", "man", "nen", "ne", "einfach",
            "bekomme", "bekommen", "bekommt", "krieg", "krieg", "kriege", "kriegen", "lasse", "lassen", "werde",
            "trotzdem", "immer", "nie", "seit", "denn", "den", "dies", "diese", "dieser", "diesem", "diesen",
            "es", "selbst", "extra", "erst", "ueberhaupt", "klar", "tun", "nun", "gehe", "geben", "gebe", "wegen"));

    private Words() {}

    /** Lower case, umlauts and ß spelt out, other accents dropped. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** All words of a text, folded, in order. */
    static List<String> all(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_A_WORD.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The words of a text that can tell services apart. */
    static List<String> meaningful(String text) {
        return all(text).stream()
                .filter(word -> word.length() > 1 && !SMALL.contains(word))
                .toList();
    }
}

package de.rathaus.catalog.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a citizen typed, made safe to search for: control characters removed, at most {@link
 * Search#MAX_QUERY_LENGTH} characters, split into lower-case words of letters and digits (so
 * quotes, operators, emoji and markup never reach the database as anything but plain words).
 */
record QueryText(String text, List<String> words) {

    /** More words than this say nothing search could use; the rest is ignored. */
    static final int MAX_WORDS = 12;

    QueryText {
        words = List.copyOf(words);
    }

    static QueryText of(@Nullable String raw) {
        String text = shorten(clean(raw == null ? "" : raw));
        return new QueryText(text, words(text));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** A word without accents and with ß as ss, as the database compares words ("führerschein" → "fuhrerschein"). */
    static String plain(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.GERMAN), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ß", "ss");
    }

    /**
     * The plain word as if its umlauts had been spelt out as ae, oe, ue ("fuehrerschein" →
     * "fuhrerschein"). Lossy ("steuer" → "steur"), so only for a second look after {@link #plain}.
     */
    static String umlautsSpeltOut(String word) {
        return plain(word).replace("ae", "a").replace("oe", "o").replace("ue", "u");
    }

    private static String clean(String raw) {
        StringBuilder clean = new StringBuilder(Math.min(raw.length(), Search.MAX_QUERY_LENGTH * 2));
        raw.codePoints()
                .map(c -> Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c)
                .forEach(clean::appendCodePoint);
        return clean.toString().trim().replaceAll(" {2,}", " ");
    }

    private static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= Search.MAX_QUERY_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, Search.MAX_QUERY_LENGTH))
                .trim();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString().toLowerCase(Locale.GERMAN));
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.GERMAN));
        }
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }
}

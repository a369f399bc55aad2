package de.rathaus.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The words citizens use for what the catalogue calls otherwise ("Perso" for Personalausweis),
 * read from {@code catalog/synonyms.txt}: lines {@code words = other words, more words}; the
 * left side found in a query adds each right side as an alternative.
 */
@Component
class Synonyms {

    private final Map<String, List<String>> alternatives;
    private final int longest;

    Synonyms() {
        this(read());
    }

    Synonyms(String lines) {
        Map<String, List<String>> parsed = new HashMap<>();
        for (String line : lines.split("\n")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("synonym line without 'words = alternatives': " + entry);
            }
            String key = key(QueryText.of(entry.substring(0, equals)).words());
            for (String alternative : entry.substring(equals + 1).split(",")) {
                List<String> words = QueryText.of(alternative).words();
                if (!words.isEmpty()) {
                    parsed.computeIfAbsent(key, k -> new ArrayList<>()).add(String.join(" ", words));
                }
            }
        }
        this.alternatives = Map.copyOf(parsed);
        this.longest = parsed.keySet().stream()
                .mapToInt(k -> k.split(" ").length)
                .max()
                .orElse(1);
    }

    /** The query's words in groups: the longest runs of words with synonyms first, every other word alone. */
    SearchQuery expand(List<String> words) {
        List<SearchQuery.Group> groups = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int length = Math.min(longest, words.size() - i);
            List<String> found = List.of();
            for (; length > 0; length--) {
                found = lookUp(words.subList(i, i + length));
                if (!found.isEmpty() || length == 1) {
                    break;
                }
            }
            groups.add(SearchQuery.Group.of(words.subList(i, i + length), found));
            i += length;
        }
        return new SearchQuery(groups);
    }

    /** The alternatives for words as written, else for them with umlauts spelt out ("fuehrerschein"). */
    private List<String> lookUp(List<String> words) {
        List<String> found = alternatives.getOrDefault(key(words), List.of());
        if (!found.isEmpty()) {
            return found;
        }
        return alternatives.getOrDefault(
                String.join(" ", words.stream().map(QueryText::umlautsSpeltOut).toList()), List.of());
    }

    private static String key(List<String> words) {
        return String.join(" ", words.stream().map(QueryText::plain).toList());
    }

    private static String read() {
        try (var in = new ClassPathResource("catalog/synonyms.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("catalog/synonyms.txt is part of the application", e);
        }
    }
}

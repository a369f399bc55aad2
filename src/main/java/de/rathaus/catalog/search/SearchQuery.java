package de.rathaus.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The query as search runs it: a document matches when it matches every group; a group matches
 * when the document contains all words of any one of its phrases. A phrase reaches PostgreSQL only
 * as a bound parameter of {@code plainto_tsquery}, which reads plain words and no query syntax.
 */
record SearchQuery(List<Group> groups) {

    private static final String PHRASE = "plainto_tsquery('german', platform.immutable_unaccent(?))";

    SearchQuery {
        groups = List.copyOf(groups);
    }

    /**
     * Words the citizen typed next to each other, and what they may also be written as.
     *
     * @param typed the words as typed
     * @param phrases the typed words first, then synonyms or a correction
     * @param correction the word that replaced a misspelt one, if any
     */
    record Group(
            List<String> typed,
            List<String> phrases,
            @Nullable String correction) {

        Group {
            typed = List.copyOf(typed);
            phrases = List.copyOf(phrases);
        }

        static Group of(List<String> typed, List<String> synonyms) {
            List<String> phrases = new ArrayList<>();
            phrases.add(String.join(" ", typed));
            synonyms.stream().filter(s -> !phrases.contains(s)).forEach(phrases::add);
            return new Group(typed, phrases, null);
        }

        Group corrected(String word) {
            return new Group(typed, List.of(word), word);
        }

        String shown() {
            return correction != null ? correction : String.join(" ", typed);
        }
    }

    /** SQL for a tsquery that needs every group, with its parameters. */
    Sql all() {
        List<String> parts = new ArrayList<>();
        List<String> params = new ArrayList<>();
        for (Group group : groups) {
            parts.add("("
                    + String.join(
                            " || ", group.phrases().stream().map(p -> PHRASE).toList()) + ")");
            params.addAll(group.phrases());
        }
        return new Sql(String.join(" && ", parts), params);
    }

    /** SQL for a tsquery that is content with any single word; ranking puts the best cover first. */
    Sql any() {
        List<String> words = groups.stream()
                .flatMap(g -> g.phrases().stream())
                .flatMap(p -> Stream.of(p.split(" ")))
                .distinct()
                .toList();
        return new Sql(String.join(" || ", words.stream().map(w -> PHRASE).toList()), words);
    }

    List<String> phrases() {
        return groups.stream().flatMap(g -> g.phrases().stream()).distinct().toList();
    }

    SearchQuery map(UnaryOperator<Group> change) {
        return new SearchQuery(groups.stream().map(change).toList());
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The query as the citizen would type it after the corrections. */
    String shown() {
        return String.join(" ", groups.stream().map(Group::shown).toList());
    }

    boolean corrected() {
        return groups.stream().anyMatch(g -> g.correction() != null);
    }

    /** A piece of SQL and the values of its placeholders, in order. */
    record Sql(String text, List<String> params) {

        Sql {
            params = List.copyOf(params);
        }
    }
}

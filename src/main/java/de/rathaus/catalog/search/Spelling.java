package de.rathaus.catalog.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which words of a query the town's texts contain, and the nearest word they do contain for one
 * they do not ("hundesteur" → "hundesteuer"), from the word list {@code catalog.search_term}.
 */
@Component
class Spelling {

    /** What the town's texts say about one phrase of a query. */
    enum Presence {
        /** Only stop words ("was", "ich"): the phrase cannot find anything. */
        EMPTY,
        /** No published text contains it. */
        MISSING,
        FOUND
    }

    private final JdbcClient jdbc;

    Spelling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Presence> presence(UUID tenant, List<String> phrases) {
        Map<String, Presence> presence = new HashMap<>();
        jdbc.sql("""
                        select p.phrase, numnode(q.query) = 0 as empty,
                               exists (select 1 from catalog.search_document d
                                        where d.tenant_id = ? and d.document @@ q.query) as found
                          from unnest(?::text[]) p (phrase),
                               plainto_tsquery('german', platform.immutable_unaccent(p.phrase)) q (query)
                        """).params(tenant, phrases.toArray(String[]::new)).query(rs -> {
            presence.put(
                    rs.getString("phrase"),
                    rs.getBoolean("empty")
                            ? Presence.EMPTY
                            : rs.getBoolean("found") ? Presence.FOUND : Presence.MISSING);
        });
        return presence;
    }

    /**
     * The town's word nearest to a word its texts do not contain: the same word with umlauts
     * spelt out ("fuehrerschein"), else the most similar by trigrams, the more common first.
     */
    Optional<String> nearest(UUID tenant, String word) {
        return jdbc.sql("""
                        select t.word from catalog.search_term t
                         where t.tenant_id = :tenant
                           and (t.term = :folded or t.term % lower(platform.immutable_unaccent(:word)))
                           and numnode(plainto_tsquery('german', t.term)) > 0
                         order by t.term = :folded desc,
                                  similarity(t.term, lower(platform.immutable_unaccent(:word))) desc,
                                  t.documents desc, t.term
                         limit 1
                        """)
                .param("tenant", tenant)
                .param("folded", QueryText.umlautsSpeltOut(word))
                .param("word", word)
                .query(String.class)
                .optional();
    }
}

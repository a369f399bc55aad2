package de.rathaus.catalog.search;

import de.rathaus.catalog.search.SearchQuery.Sql;
import de.rathaus.catalog.search.Spelling.Presence;
import de.rathaus.platform.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the current town's published services, FAQs and offices for what a citizen typed.
 *
 * <p>All words first ("Hund anmelden" finds what is about both); when nothing has all of them,
 * any of them, ranked by how close together and how prominent (title, keywords) they stand, which
 * suits long questions ("Ich ziehe um, was muss ich tun?"), whose stop words the German
 * configuration drops. Synonyms widen a word; a word that no published text contains is replaced by
 * the nearest one that is, and the results say so.
 */
@Service
@Transactional(readOnly = true)
public class Search {

    /** Longer queries are cut here: nobody types more, and every word costs search time. */
    public static final int MAX_QUERY_LENGTH = 200;

    public static final int MAX_LIMIT = 100;

    // Control characters cannot be in the stored texts' snippets (they are removed first), so they
    // mark the matched words unambiguously without any HTML coming from the database.
    private static final char START = '\u0001';
    private static final char STOP = '\u0002';
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;
    private final Synonyms synonyms;
    private final Spelling spelling;

    Search(JdbcClient jdbc, Synonyms synonyms, Spelling spelling) {
        this.jdbc = jdbc;
        this.synonyms = synonyms;
        this.spelling = spelling;
    }

    /** The best {@code limit} hits (1 to {@link #MAX_LIMIT}) of any kind. */
    public SearchResults find(String query, int limit) {
        return find(query, limit, 0);
    }

    /** One page of hits: {@code limit} hits (1 to {@link #MAX_LIMIT}) after the first {@code offset}. */
    public SearchResults find(String query, int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + " and offset not negative");
        }
        QueryText text = QueryText.of(query);
        if (text.isEmpty()) {
            return SearchResults.none(text.text());
        }
        UUID tenant = CurrentTenant.id().value();
        SearchQuery expanded = synonyms.expand(text.words());
        Page page = run(tenant, expanded.all(), limit, offset);
        if (page.total() > 0) {
            return new SearchResults(text.text(), null, page.hits(), page.total());
        }
        SearchQuery usable = usable(tenant, expanded);
        if (usable.isEmpty()) {
            return SearchResults.none(text.text());
        }
        @Nullable String corrected = usable.corrected() ? usable.shown() : null;
        if (usable.groups().size() < expanded.groups().size() || usable.corrected()) {
            page = run(tenant, usable.all(), limit, offset);
        }
        if (page.total() == 0) {
            page = run(tenant, usable.any(), limit, offset);
        }
        return new SearchResults(text.text(), corrected, page.hits(), page.total());
    }

    /**
     * The query without what can find nothing: stop words go, a misspelt word becomes the town's
     * nearest word, and a word nobody wrote and nothing resembles goes too.
     */
    private SearchQuery usable(UUID tenant, SearchQuery query) {
        Map<String, Presence> presence = spelling.presence(tenant, query.phrases());
        List<SearchQuery.Group> kept = new ArrayList<>();
        for (SearchQuery.Group group : query.groups()) {
            List<Presence> phrases = group.phrases().stream().map(presence::get).toList();
            if (phrases.contains(Presence.FOUND)) {
                kept.add(group);
            } else if (phrases.contains(Presence.MISSING) && group.typed().size() == 1) {
                spelling.nearest(tenant, group.typed().getFirst())
                        .map(word -> group.corrected(word.toLowerCase(Locale.GERMAN)))
                        .ifPresent(kept::add);
            }
        }
        return new SearchQuery(kept);
    }

    private Page run(UUID tenant, Sql tsquery, int limit, int offset) {
        List<Object> params = new ArrayList<>(tsquery.params());
        params.add(HEADLINE_OPTIONS);
        params.add(tenant);
        params.add(limit);
        params.add(offset);
        List<Row> rows = jdbc.sql("""
                        with q as (select %s as query)
                        select d.kind, d.ref_id, d.slug, d.title, d.teaser, d.score, d.total,
                               ts_headline('catalog.german_unaccent',
                                           translate(case when d.body <> '' then d.body else d.teaser end,
                                                     E'\\u0001\\u0002', ''),
                                           q.query, ?) as headline
                          from q, (select d.kind, d.ref_id, d.slug, d.title, d.teaser, d.body,
                                          ts_rank_cd('{0.05, 0.1, 0.3, 1.0}', d.document, q.query)
                                            * case d.kind when 'SERVICE' then 1.0 else 0.8 end as score,
                                          count(*) over () as total
                                     from catalog.search_document d, q
                                    where d.tenant_id = ? and d.document @@ q.query
                                    order by score desc, d.title collate "de-x-icu", d.ref_id
                                    limit ? offset ?) d
                         order by d.score desc, d.title collate "de-x-icu", d.ref_id
                        """.formatted(tsquery.text()))
                .params(params)
                .query(Search::row)
                .list();
        if (rows.isEmpty()) {
            return new Page(List.of(), offset == 0 ? 0 : count(tenant, tsquery));
        }
        return new Page(rows.stream().map(Row::hit).toList(), rows.getFirst().total());
    }

    private int count(UUID tenant, Sql tsquery) {
        List<Object> params = new ArrayList<>();
        params.add(tenant);
        params.addAll(tsquery.params());
        return jdbc.sql("""
                        select count(*) from catalog.search_document
                         where tenant_id = ? and document @@ (%s)
                        """.formatted(tsquery.text()))
                .params(params)
                .query(Integer.class)
                .single();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(
                new SearchHit(
                        SearchKind.valueOf(rs.getString("kind")),
                        rs.getObject("ref_id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("teaser"),
                        snippet(rs.getString("headline")),
                        rs.getDouble("score")),
                rs.getInt("total"));
    }

    /** Splits ts_headline's text at the markers into plain and marked parts. */
    static List<Highlight> snippet(String headline) {
        List<Highlight> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean marked = false;
        for (char c : headline.replaceAll("\\s+", " ").strip().toCharArray()) {
            if (c == START || c == STOP) {
                if (!text.isEmpty()) {
                    parts.add(new Highlight(text.toString(), marked));
                    text.setLength(0);
                }
                marked = c == START;
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new Highlight(text.toString(), marked));
        }
        return parts;
    }

    private record Row(SearchHit hit, int total) {}

    private record Page(List<SearchHit> hits, int total) {}
}

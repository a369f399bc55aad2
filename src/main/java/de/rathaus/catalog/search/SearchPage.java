package de.rathaus.catalog.search;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The search page {@code /suche}: the search box, the hits in pages of twenty, help when nothing is found. */
@Controller
class SearchPage {

    static final int PAGE_SIZE = 20;

    // Deeper pages cost more and nobody reads them; the count still tells how many there are.
    static final int MAX_PAGE = 50;

    private final Search search;

    SearchPage(Search search) {
        this.search = search;
    }

    /** One link of the pagination: a page number, the current one marked. */
    record PageLink(int number, String href, boolean current) {}

    @GetMapping("/suche")
    String results(
            @RequestParam(name = "q", required = false) @Nullable String query,
            @RequestParam(name = "seite", required = false) @Nullable String page,
            Model model) {
        String text = query == null ? "" : query;
        int requested = pageNumber(page);
        SearchResults results = search.find(text, PAGE_SIZE, (requested - 1) * PAGE_SIZE);
        int pages = Math.min(MAX_PAGE, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = requested;
        if (results.hits().isEmpty() && results.total() > 0) {
            // a page past the end (an old link, a hand-made URL) shows the last page instead
            current = pages;
            results = search.find(text, PAGE_SIZE, (current - 1) * PAGE_SIZE);
        }
        model.addAttribute("query", results.query());
        model.addAttribute("results", results);
        model.addAttribute("searched", !results.query().isBlank());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("pageLinks", links(results.query(), current, pages));
        model.addAttribute(
                "correctedHref", results.correctedQuery() == null ? null : href(results.correctedQuery(), 1));
        return "catalog/search/results";
    }

    private static int pageNumber(@Nullable String page) {
        if (page == null || !page.matches("[0-9]{1,3}")) {
            return 1;
        }
        return Math.clamp(Integer.parseInt(page), 1, MAX_PAGE);
    }

    private static List<PageLink> links(String query, int current, int pages) {
        if (pages < 2) {
            return List.of();
        }
        return java.util.stream.IntStream.rangeClosed(1, pages)
                .mapToObj(n -> new PageLink(n, href(query, n), n == current))
                .toList();
    }

    private static String href(String query, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/suche").queryParam("q", query);
        if (page > 1) {
            link.queryParam("seite", page);
        }
        return link.encode().build().toUriString();
    }
}

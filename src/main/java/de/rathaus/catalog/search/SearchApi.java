package de.rathaus.catalog.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code GET /api/v1/search?q=&limit=}: the search of the public pages as JSON, for apps and other portals. */
@RestController
class SearchApi {

    static final int DEFAULT_LIMIT = 10;

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    record Hit(
            SearchKind kind, UUID id, String slug, String title, String teaser, List<Highlight> snippet, String url) {}

    // correctedQuery is always there (null when nothing was corrected), so clients see one shape
    record Answer(
            String query,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
            String correctedQuery,

            int total,
            List<Hit> hits) {}

    @GetMapping("/api/v1/search")
    Answer search(
            @RequestParam("q") String query, @RequestParam(name = "limit", required = false) @Nullable Integer limit) {
        int count = limit == null ? DEFAULT_LIMIT : limit;
        if (count < 1 || count > Search.MAX_LIMIT) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, "limit must be between 1 and " + Search.MAX_LIMIT);
            problem.setProperty("field", "limit");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        SearchResults results = search.find(query, count);
        String town = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return new Answer(
                results.query(),
                results.correctedQuery(),
                results.total(),
                results.hits().stream().map(hit -> hit(hit, town)).toList());
    }

    /** A hit with the absolute address of its page in this town. */
    private static Hit hit(SearchHit hit, String town) {
        return new Hit(hit.kind(), hit.id(), hit.slug(), hit.title(), hit.teaser(), hit.snippet(), town + hit.path());
    }
}

package de.rathaus.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a town's pages the way a visitor clicking every link would: breadth-first from a start
 * page, only links to the same origin, each page once, and audits every HTML page it reaches.
 *
 * <p>It leaves out what is not a page (stylesheets, scripts, images, downloads, machine APIs,
 * actuator), the logout, and the language switch: following {@code ?lang=en} would turn the whole
 * rest of the walk English, so English is checked on purpose elsewhere. Lists with many query
 * variants (paging, filters) are sampled, not walked to the end, so are collections of pages made
 * from one template (the catalogue's services, life situations, offices and locations), and the
 * walk stops after {@code maxPages}.
 */
public final class SiteCrawler {

    private static final Logger log = LoggerFactory.getLogger(SiteCrawler.class);

    private static final Set<String> SKIPPED_PATHS = Set.of("/abmelden", "/theme.css");
    // machine endpoints and assets; OAuth2/SAML paths only redirect to an identity provider elsewhere
    private static final List<String> SKIPPED_PREFIXES = List.of(
            "/actuator",
            "/css/",
            "/js/",
            "/img/",
            "/webjars/",
            "/api/",
            "/oparl/",
            "/open311/",
            "/oauth2/",
            "/login/oauth2/",
            "/saml2/");
    private static final Set<String> ASSET_EXTENSIONS = Set.of(
            "css", "js", "png", "jpg", "jpeg", "gif", "svg", "ico", "webp", "pdf", "ics", "xml", "json", "rss", "atom",
            "csv", "zip", "ttl", "rdf", "jsonld", "txt");
    private static final int VARIANTS_PER_PATH = 3;
    // Collections of pages that share one template and differ only in content (a town's 70+ service
    // pages, its offices, ...): walking every member multiplied the crawl's time by 15 without
    // auditing any new markup, so a few members of each are sampled. Their templates' variants are
    // checked on purpose in CatalogPagesIT (browser).
    private static final List<String> SAMPLED_COLLECTIONS =
            List.of("/leistungen/", "/lebenslagen/", "/aemter/", "/standorte/");
    private static final int MEMBERS_PER_COLLECTION = 4;

    private final int maxPages;

    public SiteCrawler(int maxPages) {
        this.maxPages = maxPages;
    }

    /** The status recorded for an address that the browser received as a download. */
    public static final int DOWNLOAD = 0;

    /** One address the walk opened; {@code html} tells whether it was a page that got audited. */
    public record Visit(String pathAndQuery, int status, boolean html) {}

    public record Result(List<Visit> visits, List<Finding> findings, boolean truncated) {

        /** The paths (query included) that answered 200 with a page. */
        public Set<String> pages() {
            return visits.stream()
                    .filter(visit -> visit.status() == 200 && visit.html())
                    .map(Visit::pathAndQuery)
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        public Set<String> visitedPaths() {
            return visits.stream().map(Visit::pathAndQuery).collect(Collectors.toSet());
        }

        /** Pages that answered with a server error: never acceptable, whatever the link. */
        public List<Visit> serverErrors() {
            return visits.stream().filter(visit -> visit.status() >= 500).toList();
        }
    }

    /** Walks from {@code startUrl} in {@code page}, whose audit must already be attached. */
    public Result crawl(Page page, PageAudit audit, String startUrl) {
        URI start = URI.create(startUrl);
        Queue<URI> queue = new ArrayDeque<>(List.of(start));
        Set<URI> seen = new HashSet<>(List.of(start));
        Map<String, Integer> variants = new HashMap<>();
        var visits = new ArrayList<Visit>();
        var findings = new ArrayList<Finding>();
        boolean truncated = false;

        while (!queue.isEmpty()) {
            if (visits.size() == maxPages) {
                truncated = true;
                log.warn(
                        "Crawl from {} stopped after {} pages; {} links left unvisited",
                        startUrl,
                        maxPages,
                        queue.size());
                break;
            }
            URI target = queue.remove();
            String pathAndQuery = pathAndQuery(target);
            Optional<Response> response = open(page, target);
            if (response.isEmpty()) {
                visits.add(new Visit(pathAndQuery, DOWNLOAD, false));
                continue;
            }
            String contentType = response.get().headerValue("content-type");
            boolean html = contentType != null && contentType.startsWith("text/html");
            visits.add(new Visit(pathAndQuery, response.get().status(), html));
            if (!html) {
                continue;
            }
            findings.addAll(audit.check(target.getHost() + pathAndQuery));
            for (String href : links(page)) {
                URI link = follow(start, href);
                if (link != null && !seen.contains(link) && withinVariantLimit(variants, link)) {
                    seen.add(link);
                    queue.add(link);
                }
            }
        }
        return new Result(List.copyOf(visits), List.copyOf(findings), truncated);
    }

    /** Opens the address; empty when the server answered with a download instead of a page. */
    private static Optional<Response> open(Page page, URI target) {
        try {
            return Optional.ofNullable(page.navigate(target.toString()));
        } catch (PlaywrightException e) {
            if (e.getMessage() != null && e.getMessage().contains("Download is starting")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> links(Page page) {
        return (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('a[href]'), a => a.href)");
    }

    /** The link as an address to walk to, or null where the walk must not go. */
    static @Nullable URI follow(URI origin, String href) {
        URI link;
        try {
            link = URI.create(href);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!sameOrigin(origin, link)) {
            return null;
        }
        String path = link.getRawPath() == null || link.getRawPath().isEmpty() ? "/" : link.getRawPath();
        if (SKIPPED_PATHS.contains(path) || SKIPPED_PREFIXES.stream().anyMatch(path::startsWith)) {
            return null;
        }
        if (ASSET_EXTENSIONS.contains(extension(path))) {
            return null;
        }
        String query = link.getRawQuery();
        if (query != null && List.of(query.split("&")).stream().anyMatch(part -> part.startsWith("lang="))) {
            return null;
        }
        return URI.create(
                origin.getScheme() + "://" + origin.getRawAuthority() + path + (query == null ? "" : "?" + query));
    }

    private static boolean sameOrigin(URI origin, URI link) {
        return origin.getScheme().equalsIgnoreCase(String.valueOf(link.getScheme()))
                && origin.getHost().equalsIgnoreCase(String.valueOf(link.getHost()))
                && origin.getPort() == link.getPort();
    }

    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean withinVariantLimit(Map<String, Integer> variants, URI link) {
        String path = link.getRawPath();
        Optional<String> collection = SAMPLED_COLLECTIONS.stream()
                .filter(prefix -> path.startsWith(prefix) && path.length() > prefix.length())
                .findFirst();
        if (collection.isPresent()
                && variants.merge(collection.get() + "*", 1, Integer::sum) > MEMBERS_PER_COLLECTION) {
            return false;
        }
        if (link.getRawQuery() == null) {
            return true;
        }
        return variants.merge(path, 1, Integer::sum) <= VARIANTS_PER_PATH;
    }

    private static String pathAndQuery(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}

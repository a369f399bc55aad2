package de.rathaus;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain HTTP client with its own cookie jar (one instance = one browser) for tests that talk to the running application like a browser would,
 * addressing a tenant by its Host header ({@code *.localhost} does not resolve inside the JVM).
 * Needs {@code -Djdk.httpclient.allowRestrictedHeaders=host}, which the build sets.
 */
public final class Http {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int port;

    public Http(int port) {
        this.port = port;
    }

    /** GET a page as a browser does (asking for HTML). */
    public HttpResponse<String> get(String host, String path) {
        return send(request(host, path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
    }

    /**
     * Submits a form like a browser: loads the page with the form first (for the CSRF cookie and
     * token), then posts the fields together with the token.
     */
    public HttpResponse<String> submit(String host, String formPage, String action, Map<String, String> fields) {
        HttpResponse<String> page = get(host, formPage);
        var matcher = CSRF_FIELD.matcher(page.body());
        var all = new LinkedHashMap<String, String>();
        if (matcher.find()) {
            all.put("_csrf", matcher.group(1));
        }
        all.putAll(fields);
        return post(host, action, all);
    }

    /** Posts form fields as they are, without fetching a CSRF token first. */
    public HttpResponse<String> post(String host, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(host, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public HttpRequest.Builder request(String host, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", host)
                .timeout(Duration.ofSeconds(20));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

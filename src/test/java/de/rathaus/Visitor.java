package de.rathaus;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like visitor of one town: keeps cookies, takes the CSRF token from the forms it sees
 * and follows no redirects (tests look at them).
 */
public final class Visitor {

    /** What a browser asks for when it loads a page. */
    private static final String ACCEPT_PAGE = "text/html,application/xhtml+xml,*/*;q=0.8";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final Http http;
    private final String host;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String csrf = "";

    public Visitor(int port, String host) {
        this.http = new Http(port);
        this.host = host;
    }

    /** The same cookies, presented on another host (what a cookie carried to another town looks like). */
    public Visitor on(String otherHost, int port) {
        var other = new Visitor(port, otherHost);
        other.cookies.putAll(cookies);
        other.headers.putAll(headers);
        return other;
    }

    public Visitor withCookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    public Visitor withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) {
        var request = http.request(host, path).header("Accept", ACCEPT_PAGE).GET();
        return send(request);
    }

    /** Posts a form with the CSRF token of the last page seen. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        var withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", csrf);
        return postRaw(path, withToken);
    }

    /** Posts exactly these fields (no CSRF token added). */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = http.request(host, path)
                .header("Accept", ACCEPT_PAGE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    /**
     * Posts a form with one file upload as {@code multipart/form-data}, with the CSRF token of the
     * last page seen.
     */
    public HttpResponse<String> postMultipart(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----rathaus" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        var withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", csrf);
        withToken.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = http.request(host, path)
                .header("Accept", ACCEPT_PAGE)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(request);
    }

    /** Opens the page with the form, then submits it. */
    public HttpResponse<String> submit(String path, Map<String, String> fields) {
        get(path);
        return post(path, fields);
    }

    public HttpResponse<String> signIn(String email, String password) {
        return submit("/anmelden", Map.of("username", email, "password", password));
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    public static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

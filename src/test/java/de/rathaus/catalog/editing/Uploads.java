package de.rathaus.catalog.editing;

import de.rathaus.Http;
import de.rathaus.Visitor;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a file the way a browser's upload form does (multipart/form-data), as the signed-in
 * visitor: its session cookie and the CSRF token of the form page.
 */
final class Uploads {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final Http http;
    private final String host;
    private final Visitor visitor;

    Uploads(int port, String host, Visitor visitor) {
        this.http = new Http(port);
        this.host = host;
        this.visitor = visitor;
    }

    /** Opens {@code page}, then posts {@code file} as field {@code field} with the other fields to {@code action}. */
    HttpResponse<String> upload(
            String page, String action, String field, String filename, byte[] file, Map<String, String> fields) {
        Matcher token = CSRF.matcher(visitor.get(page).body());
        if (!token.find()) {
            throw new AssertionError("no form with a CSRF token on " + page);
        }
        String boundary = "----rathaus" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "_csrf", null, token.group(1).getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> part(body, boundary, name, null, value.getBytes(StandardCharsets.UTF_8)));
        part(body, boundary, field, filename, file);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        StringBuilder cookies = new StringBuilder();
        for (String name : new String[] {"RATHAUS_SESSION", "XSRF-TOKEN"}) {
            visitor.cookie(name)
                    .ifPresent(value ->
                            cookies.append(name).append('=').append(value).append("; "));
        }
        HttpRequest request = http.request(host, action)
                .header("Accept", "text/html")
                .header("Cookie", cookies.toString())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request);
    }

    private static void part(
            ByteArrayOutputStream body, String boundary, String name, String filename, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream")
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
